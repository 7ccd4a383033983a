/**
 * Carrier wording, in the languages our carriers and customers use (English, German, French,
 * Spanish, Italian, Dutch, Japanese, Chinese), grouped by what it means for the parcel. Patterns run
 * on lower-cased text with diacritics kept. Order of use is decided in status.ts.
 */

/** Back on its way to, or arrived back at, the sender. */
export const RETURNED = [
  /\breturn(?:ed|ing)? to (?:the )?(?:sender|shipper|origin)\b/,
  /\bbeing returned\b/,
  /\breturn(?:ed)? to sender\b/,
  /\bRTS\b/i,
  /rücksendung|zurück an (?:den )?absender|an den absender zurück|retour(?:né)? (?:à|a) l'exp[ée]diteur|renvoy[ée]e? (?:à|a) l'exp[ée]diteur/,
  /devuelto al remitente|devoluci[oó]n al remitente|en devoluci[oó]n|restituito al mittente|retour afzender|teruggestuurd naar (?:de )?afzender/,
  /差出人(?:様)?に?(?:へ)?(?:返送|還付)|返送中|返送済|ご依頼主(?:様)?へ(?:返送|返却)|退回|退件|已退回|退回发件人|退回寄件人|退运/,
];

/** The word "customs" itself. */
export const CUSTOMS = /customs|\bclearance\b|zoll|douane|dédouan|aduana|dogana|税関|通関|海关|清关|報関|报关/;

/** Customs is done with it, or has simply started: the parcel keeps moving (in transit). */
export const CUSTOMS_PROGRESS =
  /clear(?:ed|ance) (?:processing )?(?:complete|completed|started|initiated|in progress)|customs clearance (?:complete|completed|started|initiated)|released|cleared|status updated|abgeschlossen|freigegeben|dédouanée?|dédouanement (?:terminé|effectué)|despachad[oa]|liberad[oa]|sdoganat[oa]|vrijgegeven|通関(?:手続)?(?:完了|済|開始|手続中)|輸入許可|清关(?:完成|完毕|成功|中|开始)|已清关|放行/;

/** Customs is holding the parcel (documents, duties, inspection, delay). */
export const CUSTOMS_HOLD =
  /\bheld\b|\bhold\b|detain|seiz|delay|await(?:ing)? (?:payment|documents|information|duties)|(?:documents?|information|id|tax id|payment) (?:is |are )?required|required to|inspection|zurückgehalten|angehalten|festgehalten|verzögerung|klärung|retenu|bloqué|en attente|retenid[oa]|detenid[oa]|pendiente|trattenut[oa]|fermo|vastgehouden|保留|留置|検査|扣留|扣押|异常|延误|滞留|查验|待缴/;

export const FAILED_ATTEMPT = [
  /attempted delivery|delivery attempt|attempt(?:ed)? to deliver|could not be delivered|unable to deliver|not delivered|undeliverable|no one (?:was )?(?:available|home)|nobody (?:was )?(?:available|home)|recipient (?:not|unavailable)|card left|notice left|business closed|address (?:is )?(?:incomplete|incorrect)/,
  /zustellversuch|nicht angetroffen|konnte nicht zugestellt|nicht zustellbar|benachrichtigungskarte/,
  /tentative de livraison|avis de passage|destinataire absent|n'a pas pu être livr/,
  /intento de entrega|ausente|no se pudo entregar|entrega fallida|tentata consegna|destinatario assente|bezorgpoging|niet thuis/,
  /不在|持戻|配達できません|投递失败|派送失败|未妥投|无人签收|联系不上/,
];

export const AVAILABLE_FOR_PICKUP = [
  /available for (?:pick ?-?up|collection)|ready (?:for|to be) (?:pick ?-?up|collect(?:ion|ed))|awaiting collection|awaiting pick ?-?up|held for pick ?-?up|at (?:a |the )?pick ?-?up point/,
  /abholbereit|zur abholung|liegt (?:in|zur)|disponible (?:en|au|dans|para recoger|para su recogida)|pr[eê]t à être retir|à retirer|listo para recoger|disponibile per il ritiro|ligt klaar|afhaalpunt/,
  /窓口でお預かり|受取可能|保管中|待取件|待自提|已到达自提点|到达自提|已存入|快递柜/,
];

export const DELIVERED = [
  /\bdelivered\b|signed for|final delivery|left (?:at|in) (?:a |the )?(?:safe place|front door|porch|mailbox)/,
  /zugestellt|ausgeliefert|livr[ée]e?(?![a-z])|distribu[ée]e?(?![a-z])|remis au destinataire|entregad[oa]|consegnat[oa]|bezorgd|afgeleverd/,
  /配達完了|お届け済|配達済|お届け完了|已签收|签收|妥投|已送达|已投递/,
];

/** Phrases with "delivered" or similar that are not a delivery (yet). */
export const NOT_YET_DELIVERED =
  /(?:will|to|should|could not|cannot|can't|couldn't|not|unable to) be delivered|wird (?:heute )?zugestellt|sera livr|será entregad|verrà consegnat|wordt bezorgd|delivery (?:date|window|estimate)/;

export const OUT_FOR_DELIVERY = [
  /out for delivery|(?:will be|to be) delivered today|arriving today|on (?:the )?delivery(?: round| vehicle|$)|(?:vehicle|van|courier|driver) for delivery|loaded onto the delivery vehicle|out with (?:the )?courier|delivery round|onboard for delivery|with delivery courier/,
  /in zustellung|zustellfahrzeug|wird heute zugestellt|en cours de livraison|en tourn[ée]e|en reparto|en distribuci[oó]n|in consegna|wordt vandaag bezorgd|onderweg naar (?:jou|u)/,
  /配達中|配達に出|持出|派送中|正在派送|派件中|投递中/,
];

export const EXCEPTION = [
  /exception|damaged|\blost\b|missing|refused|rejected|incorrect address|address (?:issue|problem)|cancell?ed|problem(?! resolved)|unable to locate|on hold|delayed/,
  /beschädigt|verloren|verweigert|annahme verweigert|endommag|perdu|refus|dañad|extraviad|rechazad|danneggiat|smarrit|rifiutat|beschadigd|geweigerd/,
  /破損|紛失|受取拒否|延着|破损|丢失|拒收|问题件|异常/,
];

export const INFO_RECEIVED = [
  /label (?:was )?created|created a (?:shipping )?label|shipping label|shipment information (?:received|sent)|electronic (?:information|data|notification)|instruction data|information received|pre-?advice|awaiting item|order (?:information )?(?:received|processed)|manifest/,
  /sendungsdaten|elektronisch angekündigt|auftragsdaten|informations? (?:reçue|transmise)|préavis|información recibida|admitido electrónicamente|pre-?admisi[oó]n|dati spedizione ricevuti|zending aangemeld/,
  /情報登録|伝票(?:番号)?発行|情報を受信|電子情報|已下单|电子信息|订单信息|已揽件前|运单已生成|面单/,
];
