/**
 * The one tfjs entry point of the project. Importing tfjs-core's ESM build (esbuild `mainFields: module`)
 * lets us register the gradients and chained ops that the bare core leaves out; every module imports `tf`
 * from here so there is exactly one engine.
 */
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-core/dist/register_all_gradients';
import '@tensorflow/tfjs-core/dist/public/chained_ops/register_all_chained_ops';

// PROD silences tfjs's console advice ("install tfjs-node"); the CLI reports the backend itself.
tf.env().set('PROD', true);

export { tf };
export type Tensor = tf.Tensor;
export type Variable = tf.Variable;
