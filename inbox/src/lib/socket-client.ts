/**
 * socket.io's browser build (UMD, ES5). The package's ESM build uses syntax the shared esbuild target
 * (safari14) cannot lower; the UMD file is the same client, already compiled down.
 */
import type { io as ioFunction } from 'socket.io-client';
// @ts-expect-error: the UMD file has no type declarations of its own; it is typed as the package's `io`.
import ioUmd from '../../../node_modules/socket.io-client/dist/socket.io.min.js';

export const io = ioUmd as typeof ioFunction;
