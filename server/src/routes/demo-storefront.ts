/** A plausible storefront page so the widget can be tried the way a shopper meets it. */
const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function demoStorefrontPage(input: { publicUrl: string; store: { id: string; name: string } | undefined }): string {
  const { publicUrl, store } = input;
  if (!store) {
    return `<!doctype html><meta charset="utf-8"><title>Parley</title>
<body style="font-family:system-ui;max-width:40rem;margin:3rem auto">
<h1>Parley is running</h1><p>No store is imported yet. Import one with <code>npm run parley -- import &lt;dir&gt;</code>.</p>
<p><a href="/inbox">Open the inbox</a></p></body>`;
  }
  const name = escapeHtml(store.name);
  const snippet = `<script src="${escapeHtml(publicUrl)}/widget.js" data-store="${escapeHtml(store.id)}" async></script>`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${name} — demo storefront</title>
<style>
  body { margin: 0; font-family: Georgia, 'Times New Roman', serif; color: #222; background: #faf8f5; }
  header { padding: 1.2rem 2rem; border-bottom: 1px solid #e5e0d8; display: flex; justify-content: space-between; align-items: center; }
  header strong { font-size: 1.4rem; letter-spacing: .04em; }
  nav a { margin-left: 1.2rem; color: #222; text-decoration: none; font-family: system-ui, sans-serif; font-size: .9rem; }
  main { max-width: 60rem; margin: 2rem auto; padding: 0 1.5rem; }
  .hero { padding: 3rem 2rem; background: #e9e4dc; border-radius: 6px; }
  .grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(14rem, 1fr)); gap: 1.2rem; margin-top: 2rem; font-family: system-ui, sans-serif; }
  .card { background: #fff; border: 1px solid #eee; border-radius: 6px; padding: 1rem; }
  code { background: #fff; padding: .2rem .4rem; border-radius: 4px; font-size: .85rem; word-break: break-all; }
  footer { text-align: center; padding: 2rem; font-family: system-ui, sans-serif; font-size: .85rem; color: #666; }
</style>
</head>
<body>
<header><strong>${name}</strong><nav><a href="#">New in</a><a href="#">Knitwear</a><a href="#">Shoes</a><a href="#">Help</a><a href="/inbox">Agent inbox →</a></nav></header>
<main>
  <section class="hero">
    <h1>Made for the long way round.</h1>
    <p>Questions about sizes, shipping to your country, an order or a return? Ask in any language — the chat in the corner answers day and night, and hands you to our team when it should.</p>
  </section>
  <section class="grid">
    <div class="card"><h3>Try asking</h3><p>“Where is my order #1001?”<br>“¿Cuánto tarda el envío a España?”<br>“Welche Größe bei 94 cm Brustumfang?”</p></div>
    <div class="card"><h3>Embed it on your store</h3><p>One line before <code>&lt;/body&gt;</code>:</p><p><code>${escapeHtml(snippet)}</code></p></div>
    <div class="card"><h3>Agents</h3><p>Hand-offs arrive live in the <a href="/inbox">helpdesk inbox</a>; the demo login is printed in the server's console.</p></div>
  </section>
</main>
<footer>Demo storefront served by Parley · data: the bundled demo store</footer>
${snippet}
</body>
</html>`;
}
