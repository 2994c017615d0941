/**
 * The part of the exported script that holds the SPEC §11 element-wise optimizers, each restated from its
 * authors' code (repository, commit and licence named above each class) as a torch.optim.Optimizer subclass:
 * the update rule, defaults and state of the reference, written in the project's own words from the rules
 * stated in src/core/optimizers/{adopt,ademamix,cautious,laprop,adan,mars,schedulefree}.ts (the replay fixtures
 * come from the authors' own classes, which test/fixtures/gen/gen_authors_elementwise.py reads from their repositories
 * at the pinned commits). template.py takes it (at its
 * @@AUTHORS_OPTIMIZERS@@ line) before its config → optimizer mapping, whose `build_optimizer` hands these types
 * to `build_authors_optimizer`. The Python is a real file, elementwise.py, bundled as text.
 */
/** The types the section builds, and the header line of an exported script for each. */
export const AUTHORS_LINE: Readonly<Record<string, string>> = {
  adopt: 'ADOPT, restated from the authors\' code (iShohei220/adopt @ 6468572)',
  ademamix: 'AdEMAMix, restated from the authors\' code (apple/ml-ademamix @ c3d73c0)',
  cautious_adamw: 'Cautious AdamW, restated from the authors\' code (kyleliang919/C-Optim c_adamw.py @ 2c0517c)',
  cautious_lion: 'Cautious Lion, restated from the authors\' code (kyleliang919/C-Optim c_lion.py @ 2c0517c)',
  laprop: 'LaProp, restated from the authors\' code (Z-T-WANG/LaProp-Optimizer @ a419916)',
  adan: 'Adan, restated from the authors\' code (sail-sg/Adan @ 2c65bea)',
  mars: 'MARS, restated from the authors\' code (AGI-Arena/MARS @ 4831e28; the previous-gradient variant)',
  schedule_free_adamw: 'AdamWScheduleFree, restated from the authors\' code (facebookresearch/schedule_free @ 70785b5; train at y, evaluate x)',
  schedule_free_sgd: 'SGDScheduleFree, restated from the authors\' code (facebookresearch/schedule_free @ 70785b5; train at y, evaluate x)',
};
export const AUTHORS_EXPORTED: readonly string[] = Object.keys(AUTHORS_LINE);

export { default as AUTHORS_PY } from './elementwise.py';
