/**
 * Markup that would run a script if a widget let it through: each sets `window.__ahrcaPwned`,
 * which the widget test files check after rendering it as data. The hardening suites have the
 * full corpus (test/hardening/xss-payloads.ts); these few stand in every text field at once.
 */
export const PWN = 'window.__ahrcaPwned=true';
export const SCRIPT = `<script>${PWN}</script>`;
export const IMG = `<img src=x onerror="${PWN}">`;
export const SVG = `<svg onload="${PWN}"><circle r="9"/></svg>`;
export const IFRAME = `"><iframe srcdoc="<script>parent.${PWN}</script>"></iframe>`;
export const BROKEN = `</p></div><b onmouseover="${PWN}"><a href="javascript:${PWN}">unclosed <i x="`;
export const STYLE = `<style>:host{display:none}</style><form action=x><input autofocus onfocus="${PWN}">`;
