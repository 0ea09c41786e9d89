/**
 * The label inventory of the framing layer: the 14 SemEval-2020 Task 11 techniques
 * (learned from PTC) and the labels that corpus lacks (found by rules and lexicons).
 * @module
 */

/** The 14 techniques of SemEval-2020 Task 11, spelled as in the PTC label files. */
export const TECHNIQUES = [
  'Loaded_Language', 'Name_Calling,Labeling', 'Repetition', 'Exaggeration,Minimisation', 'Doubt',
  'Appeal_to_fear-prejudice', 'Flag-Waving', 'Causal_Oversimplification', 'Slogans', 'Appeal_to_Authority',
  'Black-and-White_Fallacy', 'Thought-terminating_Cliches', 'Whataboutism,Straw_Men,Red_Herring',
  'Bandwagon,Reductio_ad_hitlerum',
] as const;
export type Technique = (typeof TECHNIQUES)[number];

/** Labels PTC does not annotate, each found by its own rule file in this folder. */
export const EXTRA_LABELS = ['scare-quotes', 'vague-sourcing', 'contested-term', 'authorial-adoption'] as const;
export type ExtraLabel = (typeof EXTRA_LABELS)[number];

/** Every label a `framing` annotation can carry. */
export type FramingLabel = Technique | ExtraLabel;
