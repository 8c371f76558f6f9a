// The questionnaire in SurveyJS (issue 14's comparison): the same 25 questions, Part titles and
// introductions, four choices and ※ footnotes, from the app's own catalog (as the floor reads it),
// rendered by SurveyJS' own JavaScript UI (npm survey-core + survey-js-ui, pinned in
// package.json) with its stylesheet without web fonts, all served from the same origin. One page
// per Part, as the app shows them.
//
//   node scripts/bench/surveyjs.mjs OUT_DIR     writes OUT_DIR/index.html and its files

import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { readCatalog } from './floor.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const FILES = [
  ['node_modules/survey-core/survey.core.min.js', 'survey.core.min.js'],
  ['node_modules/survey-js-ui/survey-js-ui.min.js', 'survey-js-ui.min.js'],
  ['node_modules/survey-core/survey-core.fontless.min.css', 'survey-core.fontless.min.css'],
];

const CHOICES = [
  ['done', '実施している（4点）'],
  ['partial', '一部実施している（2点）'],
  ['not_done', '実施していない（0点）'],
  ['unknown', 'わからない（-1点）'],
];

/** The survey's JSON model. */
export function surveyJson({ parts, questions }) {
  return {
    title: '5分でできる！情報セキュリティ自社診断',
    locale: 'ja',
    showQuestionNumbers: 'off',
    showProgressBar: 'top',
    pages: parts.map((part, i) => ({
      name: `part-${i + 1}`,
      title: `Part ${i + 1} ${part.title}`,
      description: part.intro,
      elements: questions.filter((q) => q.part === part.part).map((q) => ({
        type: 'radiogroup',
        name: `q${q.no}`,
        title: `No.${q.no} ${q.text}`,
        description: q.footnotes.map((f) => `${f.mark} ${f.text}`).join('\n') || undefined,
        choices: CHOICES.map(([value, text]) => ({ value, text })),
      })),
    })),
  };
}

/** Writes OUT_DIR/index.html with SurveyJS' files beside it; returns its path. */
export async function writeSurveyJs(outDir) {
  await mkdir(outDir, { recursive: true });
  for (const [from, to] of FILES) await copyFile(join(ROOT, from), join(outDir, to));
  const json = JSON.stringify(surveyJson(await readCatalog()));
  await writeFile(join(outDir, 'survey.js'), `'use strict';
var survey = new Survey.Model(${json});
survey.render(document.getElementById('survey'));
`);
  const file = join(outDir, 'index.html');
  await writeFile(file, `<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>5分でできる！情報セキュリティ自社診断（SurveyJS）</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="survey-core.fontless.min.css">
<script src="survey.core.min.js" defer></script>
<script src="survey-js-ui.min.js" defer></script>
<script src="survey.js" defer></script>
</head>
<body>
<div id="survey"></div>
</body>
</html>
`);
  return file;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log(await writeSurveyJs(process.argv[2] ?? join(ROOT, 'target/bench/surveyjs')));
}
