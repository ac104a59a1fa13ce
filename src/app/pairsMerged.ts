import { createContext } from 'react';

/** Whether parallel interactions between a pair are drawn as one edge now (see LevelOfDetail); the status line says so. */
export const PairsMergedContext = createContext(false);
