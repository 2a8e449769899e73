/**
 * The statements coursepack sends, as plain JSON types: only the parts of xAPI 1.0.3 we write.
 * Our own (not @xapi/xapi's) so that the builder stays importable from Node without the client.
 */
import type { LanguageMap } from './page-data';

/** An agent as the launch gives it (mbox, account, …): passed through unchanged. */
export type XapiAgent = Readonly<Record<string, unknown>>;

export type XapiExtensions = Readonly<Record<string, unknown>>;

export interface InteractionComponent {
  readonly id: string;
  readonly description: LanguageMap;
}

export interface XapiActivityDefinition {
  readonly type?: string;
  readonly name?: LanguageMap;
  readonly description?: LanguageMap;
  readonly interactionType?: 'choice' | 'true-false' | 'sequencing' | 'matching';
  readonly correctResponsesPattern?: readonly string[];
  readonly choices?: readonly InteractionComponent[];
  readonly source?: readonly InteractionComponent[];
  readonly target?: readonly InteractionComponent[];
}

export interface XapiActivity {
  readonly objectType: 'Activity';
  readonly id: string;
  readonly definition?: XapiActivityDefinition;
}

export interface XapiResult {
  readonly score?: { readonly scaled: number; readonly raw: number; readonly min: number; readonly max: number };
  readonly success?: boolean;
  readonly completion?: boolean;
  readonly response?: string;
  /** ISO 8601 duration, e.g. `PT1M2.5S`. */
  readonly duration?: string;
  readonly extensions?: XapiExtensions;
}

export interface XapiContextActivities {
  readonly parent?: readonly XapiActivity[];
  readonly grouping?: readonly XapiActivity[];
  readonly category?: readonly XapiActivity[];
  readonly other?: readonly XapiActivity[];
}

export interface XapiContext {
  readonly registration?: string;
  readonly contextActivities?: XapiContextActivities;
  readonly revision?: string;
  readonly platform?: string;
  readonly language?: string;
  readonly extensions?: XapiExtensions;
}

export interface XapiStatement {
  readonly id: string;
  readonly actor: XapiAgent;
  readonly verb: { readonly id: string; readonly display: LanguageMap };
  readonly object: XapiActivity;
  readonly result?: XapiResult;
  readonly context: XapiContext;
  /** ISO 8601 date-time. */
  readonly timestamp: string;
}
