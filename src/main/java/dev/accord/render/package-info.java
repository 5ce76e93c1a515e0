/**
 * What the report renderers share: HTML escaping, the page's head and style sheet, the status
 * colours, Markdown escaping. Internal: no part of the API, not exported; callers render a report
 * with its {@code render(Format)}.
 */
package dev.accord.render;
