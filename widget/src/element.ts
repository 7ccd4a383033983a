/**
 * The widget's place in the host page: one <parley-widget> element, fixed and zero-sized (it takes
 * no room, so nothing on the page moves), whose shadow root holds the UI and its stylesheet.
 * Inline `!important` beats any page rule on the element itself; nothing else of the page's CSS
 * crosses the shadow boundary.
 */
const HOST_STYLE: Array<[string, string]> = [
  ['all', 'initial'], ['position', 'fixed'], ['inset', 'auto 0 0 auto'], ['width', '0'], ['height', '0'], ['margin', '0'], ['padding', '0'],
  ['border', '0'], ['display', 'block'], ['visibility', 'visible'], ['opacity', '1'], ['transform', 'none'], ['filter', 'none'],
  ['clip-path', 'none'], ['contain', 'none'], ['z-index', '2147483000'], ['pointer-events', 'auto'], ['overflow', 'visible'],
];

/**
 * Styles go in through the CSS object model (a constructed stylesheet, `style.setProperty`), which a
 * store's Content-Security-Policy does not block the way it blocks inline <style> and style="".
 * Browsers without constructed stylesheets (Safari < 16.4) get a <style> element.
 */
export function createHost(css: string): { host: HTMLElement; mount: HTMLElement } {
  const host = document.createElement('parley-widget');
  for (const rule of HOST_STYLE) host.style.setProperty(rule[0], rule[1], 'important');
  const shadow = host.attachShadow({ mode: 'open' });
  const mount = document.createElement('div');
  if ('adoptedStyleSheets' in shadow && 'replaceSync' in CSSStyleSheet.prototype) {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    shadow.adoptedStyleSheets = [sheet];
  } else {
    const style = document.createElement('style');
    style.textContent = css;
    shadow.append(style);
  }
  shadow.append(mount);
  document.body.appendChild(host);
  return { host, mount };
}
