import * as vscode from 'vscode';
import { ENTITY_TYPES, type EntityType } from '../core/types';

export const LANGUAGE_ID = 'news';
export const SECTION = 'newsLens';

export function isNewsDocument(document: vscode.TextDocument): boolean {
  return document.languageId === LANGUAGE_ID;
}

export function configuration(scope?: vscode.ConfigurationScope): vscode.WorkspaceConfiguration {
  return vscode.workspace.getConfiguration(SECTION, scope);
}

/** Settings that change what the analysis computes or whether it runs; a change re-analyses open documents. */
export interface AnalysisSettings {
  readonly debounceMs: number;
  /** In characters (UTF-16 code units); the setting is in KB. */
  readonly workerThreshold: number;
  /** In characters; the setting `newsLens.maxFileSize` is in MB. */
  readonly maxSize: number;
  readonly similarity: number;
  /** The user's lexicon: surface form → entity type, for names the engine does not know. */
  readonly lexicon: Readonly<Record<string, EntityType>>;
}

export const DEFAULT_DEBOUNCE_MS = 300;
export const DEFAULT_WORKER_THRESHOLD_KB = 200;
export const DEFAULT_MAX_FILE_SIZE_MB = 20;
export const DEFAULT_SIMILARITY = 0.8;

const KB = 1024;
const MB = 1024 * 1024;

function numberSetting(config: vscode.WorkspaceConfiguration, key: string, fallback: number, min: number, max: number): number {
  const value = config.get<unknown>(key);
  if (typeof value !== 'number' || !Number.isFinite(value)) return fallback;
  return Math.min(max, Math.max(min, value));
}

export function analysisSettings(scope?: vscode.ConfigurationScope): AnalysisSettings {
  const config = configuration(scope);
  return {
    debounceMs: numberSetting(config, 'analysis.debounce', DEFAULT_DEBOUNCE_MS, 0, 10_000),
    workerThreshold: Math.round(numberSetting(config, 'analysis.workerThreshold', DEFAULT_WORKER_THRESHOLD_KB, 0, 1_000_000) * KB),
    maxSize: Math.round(numberSetting(config, 'maxFileSize', DEFAULT_MAX_FILE_SIZE_MB, 0, 1_000_000) * MB),
    similarity: numberSetting(config, 'duplicates.similarity', DEFAULT_SIMILARITY, 0, 1),
    lexicon: lexiconSetting(config.get<unknown>('entities.lexicon')),
  };
}

/** Keeps the well-formed entries of a hand-edited setting; a typo in one entry must not drop the others. */
export function lexiconSetting(value: unknown): Readonly<Record<string, EntityType>> {
  const lexicon: Record<string, EntityType> = {};
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return lexicon;
  for (const [surface, type] of Object.entries(value)) {
    const known = ENTITY_TYPES.find((t) => t === type);
    if (known && surface.trim() !== '') lexicon[surface.trim()] = known;
  }
  return lexicon;
}

export type DuplicateSeverity = 'error' | 'warning' | 'information' | 'hint' | 'off';
const SEVERITIES: readonly DuplicateSeverity[] = ['error', 'warning', 'information', 'hint', 'off'];

export function duplicateSeverity(scope?: vscode.ConfigurationScope): DuplicateSeverity {
  const value = configuration(scope).get<unknown>('duplicates.severity');
  return SEVERITIES.find((s) => s === value) ?? 'warning';
}

export function reportUnclosedQuotes(scope?: vscode.ConfigurationScope): boolean {
  return configuration(scope).get<unknown>('analysis.unclosedQuotes') !== false;
}

/** Human-readable size: "812 KB", "23.4 MB". */
export function formatSize(characters: number): string {
  if (characters >= MB) return `${(characters / MB).toFixed(1)} MB`;
  return `${Math.max(1, Math.round(characters / KB))} KB`;
}
