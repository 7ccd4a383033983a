/**
 * The widget's place in the host page: one <parley-widget> element, fixed and zero-sized (it takes
 * no room, so nothing on the page moves), whose shadow root holds the UI and its stylesheet.
 * Inline `!important` beats any page rule on the element itself; nothing else of the page's CSS
 * crosses the shadow boundary.
 */
const HOST_STYLE = [
  'all:initial', 'position:fixed', 'inset:auto 0 0 auto', 'width:0', 'height:0', 'margin:0', 'padding:0', 'border:0',
  'display:block', 'visibility:visible', 'opacity:1', 'transform:none', 'filter:none', 'clip-path:none', 'contain:none',
  'z-index:2147483000', 'pointer-events:auto', 'overflow:visible',
].map((rule) => `${rule} !important`).join(';');

export function createHost(css: string): { host: HTMLElement; mount: HTMLElement } {
  const host = document.createElement('parley-widget');
  host.setAttribute('style', HOST_STYLE);
  const shadow = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = css;
  const mount = document.createElement('div');
  shadow.append(style, mount);
  document.body.appendChild(host);
  return { host, mount };
}
