// Syntax highlighting for the workbench's editor: Prism (served from its WebJar) colours a copy of
// the text in a <pre> under the textarea, whose own text is transparent; the textarea stays the
// editor, so typing, selection, undo and the browser tests work as with a plain textarea.
// Prism has no grammar for DRL: this one knows its keywords, strings, comments, annotations,
// $variables and numbers; the Java in a consequence is coloured by the same words.
(function () {
  'use strict';
  if (!window.Prism) { return; }

  Prism.languages.drl = {
    comment: [
      { pattern: /\/\*[\s\S]*?\*\//, greedy: true },
      // Not the // of "http://" in a string (strings are greedy too), nor of an escaped slash.
      { pattern: /(^|[^\\:"])\/\/.*/, lookbehind: true, greedy: true }
    ],
    string: { pattern: /"(?:\\.|[^"\\\r\n])*"|'(?:\\.|[^'\\\r\n])*'/, greedy: true },
    annotation: { pattern: /@[A-Za-z_][\w.]*/, alias: 'important' },
    keyword: /\b(?:package|import|global|function|declare|end|rule|query|when|then|extends|salience|no-loop|agenda-group|activation-group|ruleflow-group|lock-on-active|auto-focus|dialect|enabled|date-effective|date-expires|duration|timer|calendars|not|exists|forall|accumulate|collect|from|entry-point|eval|and|or|in|matches|memberOf|contains|soundslike|after|before|coincides|during|finishes|finishedby|includes|meets|metby|overlaps|overlappedby|starts|startedby|over|window|init|action|reverse|result|modify|insert|insertLogical|update|retract|delete|new|if|else|for|return|null|true|false|this|trait|enum|type|role|timestamp|expires|unit)\b/,
    variable: /\$[A-Za-z_]\w*/,
    number: /\b\d+(?:\.\d+)?(?:[eE][+-]?\d+)?[LlDdFfBbIi]?\b/,
    operator: /==|!=|<=|>=|&&|\|\||[<>!=+\-*\/%]/,
    punctuation: /[{}[\];(),.:]/
  };

  function language(file) {
    if (/\.drl$/i.test(file || '')) { return 'drl'; }
    if (/\.(ya?ml|json)$/i.test(file || '')) { return 'yaml'; } // JSON is YAML, and its grammar colours it well
    return null;
  }

  /** The text as HTML, coloured as the file's language; escaped in any case (Prism encodes every token). */
  function colour(text, file) {
    var lang = language(file);
    var grammar = lang && Prism.languages[lang];
    return grammar ? Prism.highlight(text, grammar, lang) : Prism.util.encode(text);
  }

  /** Colours the text of the textarea into the code element; call after every change of the text. */
  function paint(textarea, code, file) {
    // Two more lines, so the copy scrolls as far as the textarea whose scroll bar takes room.
    code.innerHTML = colour(textarea.value, file) + '\n\n';
    follow(textarea, code.parentNode);
  }

  function follow(textarea, pre) {
    pre.scrollTop = textarea.scrollTop;
    pre.scrollLeft = textarea.scrollLeft;
  }

  window.AccordHighlight = { paint: paint, follow: follow, colour: colour };
}());
