/**
 * The part of the exported script that holds the SPEC §11 element-wise optimizers as their authors wrote them
 * (each class inlined from the authors' repository with its licence and commit named, trimmed to the code path
 * the lab reproduces; the fixtures come from the full files, which test/fixtures/gen/gen_authors_elementwise.py
 * reads from the authors' repositories at the pinned commits). template.py
 * takes it (at its @@AUTHORS_OPTIMIZERS@@ line) before its config → optimizer mapping, whose `build_optimizer` hands these types to
 * `build_authors_optimizer`. The Python is a real file, authors.py, bundled as text.
 */
/** The types the section builds, and the header line of an exported script for each. */
export const AUTHORS_LINE: Readonly<Record<string, string>> = {
  adopt: 'ADOPT, the authors\' class (iShohei220/adopt, inlined below)',
  ademamix: 'AdEMAMix, the authors\' class (apple/ml-ademamix, inlined below)',
  cautious_adamw: 'Cautious AdamW, the authors\' update (kyleliang919/C-Optim c_adamw.py, inlined below)',
  cautious_lion: 'Cautious Lion, the authors\' class (kyleliang919/C-Optim c_lion.py, inlined below)',
  laprop: 'LaProp, the authors\' class (Z-T-WANG/LaProp-Optimizer, inlined below)',
  adan: 'Adan, the authors\' class (sail-sg/Adan, inlined below)',
  mars: 'MARS, the authors\' class (AGI-Arena/MARS, inlined below; the previous-gradient variant)',
  schedule_free_adamw: 'AdamWScheduleFree, the authors\' class (facebookresearch/schedule_free, inlined below; train at y, evaluate x)',
  schedule_free_sgd: 'SGDScheduleFree, the authors\' class (facebookresearch/schedule_free, inlined below; train at y, evaluate x)',
};
export const AUTHORS_EXPORTED: readonly string[] = Object.keys(AUTHORS_LINE);

export { default as AUTHORS_PY } from './authors.py';
