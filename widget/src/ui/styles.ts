/**
 * The widget's stylesheet, scoped by its shadow root. Sizes are in px (rem would follow the host
 * page's root font size) and every inherited property is reset on .root, so the host page's CSS
 * cannot reach in. Colours: --c brand, --ct text on brand, --ca brand darkened for text on white.
 */
export const STYLES = `
:host{all:initial}
.root{all:initial;font:14.5px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,"Noto Sans","Noto Sans Arabic","PingFang SC","Hiragino Sans","Malgun Gothic",sans-serif;color:#15171a;-webkit-font-smoothing:antialiased;text-align:start}
.root *,.root *::before,.root *::after{box-sizing:border-box;margin:0;padding:0;border:0;font:inherit;color:inherit;background:none;letter-spacing:normal;text-transform:none;text-decoration:none;line-height:inherit;list-style:none;max-width:none;min-width:0;float:none;box-shadow:none;text-shadow:none;visibility:inherit;opacity:1}
.root button{cursor:pointer;display:inline-flex;align-items:center;justify-content:center;gap:6px;border-radius:8px}
.root :focus-visible{outline:2px solid var(--ca);outline-offset:2px}
.root :focus:not(:focus-visible){outline:none}
.sr{position:absolute!important;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
.flip{transform:scaleX(-1)}
.launcher{position:fixed;bottom:20px;inset-inline-end:20px;width:56px;height:56px;border-radius:50%!important;background:var(--c);color:var(--ct);box-shadow:0 6px 20px rgba(15,23,42,.25);z-index:2;transition:transform .18s ease;animation:pop .25s ease-out}
.launcher:hover{transform:scale(1.06)}
.launcher .badge{position:absolute;top:-4px;inset-inline-end:-4px;min-width:20px;height:20px;padding:0 5px;border-radius:10px;background:#d93036;color:#fff;font-size:11.5px;font-weight:700;line-height:20px;text-align:center;border:2px solid #fff}
.left .launcher,.left .panel{inset-inline-end:auto;inset-inline-start:20px}
.panel{position:fixed;bottom:88px;inset-inline-end:20px;width:380px;height:min(680px,calc(100vh - 112px));display:flex;flex-direction:column;background:#fff;border-radius:16px;overflow:hidden;box-shadow:0 16px 48px rgba(15,23,42,.2),0 2px 8px rgba(15,23,42,.08);z-index:1;animation:rise .22s ease-out}
@keyframes rise{from{opacity:0;transform:translateY(12px)}}
@keyframes pop{from{opacity:0;transform:scale(.6)}}
.head{background:linear-gradient(135deg,var(--c),var(--c2));color:var(--ct);padding:14px 14px 12px;flex:none}
.head-row{display:flex;align-items:center;gap:10px}
.avatar{flex:none;width:36px;height:36px;border-radius:50%;display:flex;align-items:center;justify-content:center;font-weight:700;font-size:15px;background:rgba(255,255,255,.2);color:inherit}
.dark .avatar{background:rgba(0,0,0,.08)}
.title{flex:1}
.title h2{font-size:16px;font-weight:650;line-height:1.25}
.avail{font-size:12.5px;opacity:.92;display:flex;align-items:center;gap:6px}
.dot{width:8px;height:8px;border-radius:50%;background:#3ddc84;box-shadow:0 0 0 2px rgba(255,255,255,.5)}
.icon-btn{width:34px;height:34px;border-radius:50%!important;color:inherit}
.icon-btn:hover{background:rgba(255,255,255,.18)}
.dark .icon-btn:hover{background:rgba(0,0,0,.08)}
.human{margin-top:10px;padding:6px 12px;border-radius:999px!important;background:rgba(255,255,255,.18);font-size:13px;font-weight:600}
.dark .human{background:rgba(0,0,0,.07)}
.human:hover{background:rgba(255,255,255,.28)}
.with-team{margin-top:10px;font-size:12.5px;display:flex;align-items:center;gap:6px;opacity:.95}
.body{flex:1;overflow-y:auto;background:#f6f7f9;padding:14px 14px 8px;overscroll-behavior:contain;scroll-behavior:smooth}
.banner{background:#fff4d6;color:#5c4300;font-size:12.5px;padding:8px 12px;display:flex;gap:8px;align-items:center;flex:none}
.log{display:flex;flex-direction:column;gap:4px}
.row{display:flex;flex-direction:column;align-items:flex-start;max-width:100%}
.row.me{align-items:flex-end}
.who{font-size:11.5px;color:#5b616b;margin:8px 4px 3px}
.bubble{max-width:85%;padding:9px 13px;border-radius:18px;border-end-start-radius:6px;background:#fff;border:1px solid #e4e7eb;white-space:pre-wrap;overflow-wrap:anywhere}
.me .bubble{background:var(--c);color:var(--ct);border-color:transparent;border-end-start-radius:18px;border-end-end-radius:6px}
.bubble a{color:var(--ca);text-decoration:underline}
.me .bubble a{color:inherit}
.bubble strong{font-weight:650}
.stream::after{content:'';display:inline-block;width:7px;height:14px;margin-inline-start:2px;vertical-align:-2px;background:currentColor;opacity:.5;animation:blink 1s steps(2) infinite}
@keyframes blink{50%{opacity:0}}
.system{align-self:center;max-width:92%;text-align:center;font-size:12.5px;color:#4a5058;background:#eceef2;border-radius:12px;padding:6px 12px;margin:8px 0}
.meta{font-size:11px;color:#6a707a;margin:2px 6px 4px;display:flex;gap:6px;align-items:center}
.meta.failed{color:#c0262d}
.meta button{color:var(--ca);font-weight:600;text-decoration:underline;font-size:11px}
.sources{max-width:85%;margin:4px 2px 2px;font-size:12px;color:#5b616b}
.sources a{display:inline-flex;align-items:center;gap:3px;color:var(--ca);margin-inline-end:10px;text-decoration:underline}
.imgs{display:flex;flex-wrap:wrap;gap:6px;margin:4px 0;max-width:85%;justify-content:flex-end}
.img{display:block;border-radius:12px;max-width:200px;max-height:200px;object-fit:cover;background:#e4e7eb}
.chips{display:flex;flex-wrap:wrap;gap:8px;margin:10px 0 4px}
.chip{border:1px solid var(--ca);color:var(--ca);background:#fff;border-radius:999px!important;padding:6px 12px;font-size:13.5px}
.chip:hover{background:var(--ca);color:#fff}
.card{width:85%;max-width:300px;background:#fff;border:1px solid #e4e7eb;border-radius:14px;padding:12px 14px;margin-top:6px;font-size:13px}
.card h3{font-size:14px;font-weight:650;display:flex;justify-content:space-between;gap:8px;align-items:center}
.card .sub{color:#5b616b;font-size:12.5px;margin-top:2px}
.pill{font-size:11.5px;font-weight:650;padding:2px 8px;border-radius:999px;background:#e9edf2;color:#37404a;white-space:nowrap}
.pill.ok{background:#dcf5e5;color:#0d6b34}.pill.go{background:#dcebfb;color:#0b4f8a}.pill.warn{background:#fdecd3;color:#8a4b00}.pill.bad{background:#fde2e2;color:#a1191f}
.card ul{margin-top:8px}
.card li{display:flex;justify-content:space-between;gap:8px;padding:3px 0}
.steps{margin-top:10px;border-inline-start:2px solid #e4e7eb;padding-inline-start:12px}
.steps li{position:relative;display:block;padding:0 0 8px}
.steps li::before{content:'';position:absolute;inset-inline-start:-17px;top:5px;width:8px;height:8px;border-radius:50%;background:#c3c8cf}
.steps li:first-child::before{background:var(--ca)}
.steps time{display:block;color:#6a707a;font-size:11.5px}
.card .link{margin-top:8px;color:var(--ca);font-weight:600;display:inline-flex;align-items:center;gap:4px;text-decoration:underline}
.size td,.size th{padding:3px 0;text-align:start;font-size:12.5px}
.size th{color:#5b616b;font-weight:500;padding-inline-end:12px}
.typing{display:flex;gap:4px;padding:12px 14px;background:#fff;border:1px solid #e4e7eb;border-radius:18px;border-end-start-radius:6px}
.typing i{width:7px;height:7px;border-radius:50%;background:#9aa1ab;animation:bounce 1.2s infinite}
.typing i:nth-child(2){animation-delay:.15s}.typing i:nth-child(3){animation-delay:.3s}
@keyframes bounce{0%,60%,100%{transform:none;opacity:.5}30%{transform:translateY(-4px);opacity:1}}
.csat{align-self:stretch;background:#fff;border:1px solid #e4e7eb;border-radius:14px;padding:14px;margin:10px 0;text-align:center}
.csat h3{font-weight:650;margin-bottom:8px}
.scale{display:flex;justify-content:center;gap:6px;margin-bottom:10px}
.scale button{width:40px;height:40px;border-radius:50%!important;color:#9aa1ab;border:1px solid #e4e7eb}
.scale button.on{color:var(--ca);border-color:var(--ca)}
.scale button[aria-pressed=true]{color:#fff;background:var(--ca);border-color:var(--ca)}
.scale.stars button[aria-pressed=true]{color:var(--ca);background:#fff}
.csat textarea{width:100%;min-height:60px;border:1px solid #d5d9df;border-radius:10px;padding:8px 10px;resize:vertical;font-size:13.5px;background:#fff}
.primary{background:var(--c);color:var(--ct);font-weight:600;padding:9px 16px;margin-top:10px;border-radius:10px!important}
.primary[disabled]{opacity:.45;cursor:default}
.composer{flex:none;background:#fff;padding:10px 12px 4px}
.draft{display:flex;align-items:center;gap:8px;margin:0 4px 8px;font-size:12.5px;color:#4a5058}
.draft img{width:40px;height:40px;border-radius:8px;object-fit:cover}
.draft .err{color:#c0262d}
.inputs{display:flex;align-items:flex-end;gap:2px;border:1px solid #d5d9df;border-radius:22px;padding:3px;background:#fff;transition:border-color .15s,box-shadow .15s}
.inputs:focus-within{border-color:var(--ca);box-shadow:0 0 0 3px var(--ring)}
.inputs textarea{flex:1;resize:none;max-height:120px;min-height:36px;padding:8px 4px;font-size:14.5px;background:#fff;overflow-y:auto;outline:none!important}
.inputs textarea::placeholder{color:#767c86}
.inputs .icon-btn{color:#5b616b;flex:none}
.inputs .icon-btn:hover{background:#f0f2f5}
.send{width:36px;height:36px;border-radius:50%!important;background:var(--c);color:var(--ct);flex:none}
.send[disabled]{background:#eceef1;color:#9aa1ab;cursor:default}
.foot{text-align:center;font-size:11px;color:#767c86;padding:4px 0 2px}
.history{display:flex;flex-direction:column;gap:8px}
.history h3{font-weight:650;font-size:15px;margin:2px 2px 6px}
.conv{width:100%;display:flex!important;flex-direction:column;align-items:stretch!important;text-align:start;background:#fff;border:1px solid #e4e7eb;border-radius:12px!important;padding:10px 12px;gap:2px!important}
.conv:hover{border-color:var(--ca)}
.conv .line{display:flex;justify-content:space-between;gap:8px;font-size:12px;color:#5b616b}
.conv .preview{white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
.empty{color:#5b616b;text-align:center;padding:24px 0}
@media (max-width:480px){.panel{inset:0!important;width:100%;height:100%;border-radius:0;bottom:0}.open .launcher{display:none}.inputs textarea{font-size:16px}}
@media (prefers-reduced-motion:reduce){.root *,.root *::before,.root *::after{animation:none!important;transition:none!important;scroll-behavior:auto!important}}
`;
