// Checks exported tokenizers with a client this project did not write: the tokenizer of
// Hugging Face's transformers.js (@huggingface/transformers), loaded offline from each exported
// folder with AutoTokenizer, must give the ids `llm-workbench-cli tokenize` gives, without and
// with the family's special tokens.
//
//   node compare_tokenizers.mjs CLI RUN:EXPORTED [RUN:EXPORTED ...]
//
// RUN is the workbench run folder, EXPORTED the folder export-hf wrote from it. Prints one
// line per folder and text kind that differs, and a summary; exits 1 on any difference.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { AutoTokenizer, env } from "@huggingface/transformers";

env.allowRemoteModels = false;
env.allowLocalModels = true;
env.localModelPath = "/";

const texts = {
  ascii: "the cat sat on a mat while old ships sailed past",
  accented: "café naïve façade über crème brûlée señor",
  chinese: "今天天气很好 我们一起学习语言模型",
  emoji: "small birds 🙂 sang 🚀 past the 🌍 👩‍💻",
  whitespace: "  two  spaces\tand a tab\n\nthen   three\n",
  mixed: "déjà vu 春眠不觉晓 the mat 🙂",
  // Characters no training text had: the unknown token where the tokenizer has one; a
  // character tokenizer without one refuses the text, and then there is nothing to compare.
  unseen: "the Ωmega жук ≈ 42",
  specials: "a [MASK] in <mask> text",
};

const [cli, ...pairs] = process.argv.slice(2);
if (!cli || pairs.length === 0) {
  console.error("usage: node compare_tokenizers.mjs CLI RUN:EXPORTED [RUN:EXPORTED ...]");
  process.exit(2);
}

const textsFile = path.join(os.tmpdir(), `interop-texts-${process.pid}.json`);

/// The workbench's ids for every text (null for a text it refuses), in one process per call.
function ours(run, special) {
  const result = {};
  const kinds = Object.keys(texts);
  const call = (list) => {
    fs.writeFileSync(textsFile, JSON.stringify(list));
    const args = ["tokenize", "--model", run, "--texts", textsFile];
    if (special) args.push("--special");
    return JSON.parse(execFileSync(cli, args, { encoding: "utf8", stdio: "pipe" }));
  };
  try {
    call(kinds.map((k) => texts[k])).forEach((ids, i) => (result[kinds[i]] = ids));
  } catch (e) {
    if (!String(e.stderr).includes("never seen")) throw e;
    // A character tokenizer without an unknown token refuses unseen characters: one at a time.
    for (const k of kinds) {
      try {
        result[k] = call([texts[k]])[0];
      } catch (inner) {
        if (!String(inner.stderr).includes("never seen")) throw inner;
        result[k] = null;
      }
    }
  }
  return result;
}

let checked = 0;
let differences = 0;
let refused = 0;
for (const pair of pairs) {
  const [run, exported] = pair.split(":");
  const tokenizer = await AutoTokenizer.from_pretrained(path.resolve(exported));
  for (const special of [false, true]) {
    const expectedAll = ours(run, special);
    for (const [kind, text] of Object.entries(texts)) {
      const expected = expectedAll[kind];
      if (expected === null) {
        ++refused;
        continue;
      }
      const got = Array.from(tokenizer.encode(text, { add_special_tokens: special }));
      ++checked;
      if (JSON.stringify(expected) !== JSON.stringify(got)) {
        ++differences;
        console.log(`DIFFERS ${path.basename(exported)} ${kind}${special ? " +special" : ""}`);
        console.log(`  llm-workbench-cli: ${JSON.stringify(expected)}`);
        console.log(`  transformers.js:   ${JSON.stringify(got)}`);
      }
    }
  }
}
fs.rmSync(textsFile, { force: true });
console.log(`${checked - differences} of ${checked} encodings agree` +
            (refused ? ` (${refused} texts refused by tokenizers without an unknown token)` : ""));
process.exit(differences === 0 ? 0 : 1);
