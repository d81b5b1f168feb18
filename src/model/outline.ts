import outline from 'virtual:peldano/outline';

/**
 * The model's outline: its stages in order and how many questions it asks, all the landing shows of it. A module of
 * its own, so the first page does not carry the whole structure (every question's id, weight and flags).
 */
export const modelOutline = outline;
