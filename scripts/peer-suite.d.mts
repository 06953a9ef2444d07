/** Types of scripts/peer-suite.mjs, for test/numbers/peer-suite.test.ts. */
import type { Quantity } from '../src/schema.js'

/** The functions the suite runs. */
export interface PeerSuiteApi {
  parseNumber(text: string): number | undefined
  findQuantities(text: string): Quantity[]
  scanQuantities(text: string): ReadonlyArray<{ quantity: Quantity; kind: string; coreStart: number; coreEnd: number }>
}

/** The report for one suite file. */
export interface PeerSuiteReport {
  file: string
  model: string
  target: boolean
  total: number
  differences: number
  counted: number
  passed: number
  rate: number
  failures: Array<{ input: string; detail: string }>
  crashes: Array<{ input: string; error: string }>
  unknown: string[]
}

export declare const SUITE: ReadonlyArray<{ file: string; model: string; target: boolean }>
export declare function runPeerSuite(api: PeerSuiteApi, dir?: string): PeerSuiteReport[]
export declare function formatReports(reports: PeerSuiteReport[]): string
