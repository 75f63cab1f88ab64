// The site's one stylesheet: a readable measure, system fonts, dark mode and print. Logical
// properties (margin-inline, padding-inline) so that right-to-left pages mirror themselves.
export const STYLE = `:root{color-scheme:light dark;--text:#1d1d1f;--muted:#5f6368;--line:#d9d9de;--accent:#0b57d0;--bg:#fbfbf8;--note:#fff4d6;--note-line:#d4a21a}
@media (prefers-color-scheme:dark){:root{--text:#e8e8ea;--muted:#a5a8ad;--line:#3a3b3f;--accent:#8ab4f8;--bg:#16171a;--note:#3a2f10;--note-line:#b88a16}}
*{box-sizing:border-box}
html{background:var(--bg);color:var(--text);font:1.1875rem/1.6 Charter,"Bitstream Charter","Sitka Text",Cambria,"Noto Serif","DejaVu Serif",serif;-webkit-text-size-adjust:100%}
body{margin:0 auto;max-width:40rem;padding:1.25rem 1.25rem 3rem}
a{color:var(--accent);text-underline-offset:.15em}
header.site,footer.site{font:.875rem/1.5 system-ui,-apple-system,"Segoe UI","Noto Sans",sans-serif;color:var(--muted)}
header.site{display:flex;flex-wrap:wrap;gap:.5rem 1rem;align-items:baseline;justify-content:space-between;border-block-end:1px solid var(--line);padding-block-end:.75rem;margin-block-end:2rem}
header.site .home{font-weight:600;text-decoration:none}
nav.languages ul,ul.choose{list-style:none;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:.25rem .9rem}
nav.languages [aria-current]{font-weight:600;color:var(--text)}
footer.site{border-block-start:1px solid var(--line);margin-block-start:3rem;padding-block-start:.75rem}
h1,h2,h3{font-family:system-ui,-apple-system,"Segoe UI","Noto Sans",sans-serif;line-height:1.2;text-wrap:balance}
h1{font-size:2rem;margin:.5rem 0 1rem}h2{font-size:1.35rem;margin:2rem 0 .5rem}
p{margin:0 0 1rem;hyphens:auto}
blockquote{margin:1.25rem 0;padding-inline-start:1rem;border-inline-start:3px solid var(--line);color:var(--muted)}
img{max-width:100%;height:auto}
table{border-collapse:collapse;width:100%;font-size:.95em}td,th{border:1px solid var(--line);padding:.3rem .5rem;text-align:start}
.meta{font:.875rem/1.5 system-ui,-apple-system,"Segoe UI","Noto Sans",sans-serif;color:var(--muted);margin-block-end:1.5rem}
.stale{background:var(--note);border-inline-start:4px solid var(--note-line);padding:.75rem 1rem;font:.95rem/1.5 system-ui,-apple-system,"Segoe UI","Noto Sans",sans-serif}
ul.articles{list-style:none;margin:0;padding:0}ul.articles li{border-block-end:1px solid var(--line);padding-block:1rem}ul.articles h2{margin:0 0 .25rem;font-size:1.25rem}
ul.articles h2 a{text-decoration:none}
main.root{text-align:center;padding-block-start:15vh}main.root ul.choose{justify-content:center;font-size:1.25rem;gap:.75rem 1.5rem}
[dir=rtl] body,[dir=rtl] html{font-family:"Noto Naskh Arabic","Noto Sans Arabic","Noto Sans Hebrew","DejaVu Sans",sans-serif}
@media print{html{background:#fff;color:#000;font-size:11pt}header.site,footer.site,nav.languages{display:none}a{color:inherit;text-decoration:none}body{max-width:none;padding:0}.stale{border:1px solid #999}}
`;
