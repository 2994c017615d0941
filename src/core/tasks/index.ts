/** Task registry: a task config → a live Task (SPEC §6). */
import type { TaskConfig } from '../config/types';
import { CharLmTask } from './charLm';
import { Function2dTask } from './function2d';
import { MatrixTask } from './matrix';
import { MlpTask } from './mlp';
import { TaskConfigError, type Task, type TaskOptions } from './types';

/** Builds the task of a config; `seed` fixes init and batch order (data of a task are seed-independent). */
export function createTask(cfg: TaskConfig, seed: number, opts: TaskOptions = {}): Task {
  switch (cfg.type) {
    case 'function2d':
      return new Function2dTask(cfg);
    case 'matrix':
      return new MatrixTask(cfg, seed);
    case 'mlp':
      return new MlpTask(cfg, seed);
    case 'char_lm':
      return new CharLmTask(cfg, seed, opts);
    default:
      throw new TaskConfigError(`unknown task type "${(cfg as { type: unknown }).type}"`);
  }
}
