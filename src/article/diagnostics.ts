import type { Diagnostic, DiagnosticCode, Position } from '../schema.js'

/** Make a diagnostic: problems are data, collected and returned with the result. */
export function diagnostic(
  code: DiagnosticCode,
  severity: Diagnostic['severity'],
  message: string,
  position: Position | null = null,
): Diagnostic {
  return { code, message, severity, position }
}
