/** Control flow that unwinds the interpreter: `exit N`, `break`/`continue [N]`. */

export class ExitSignal {
  constructor(readonly code: number) {}
}

export class LoopSignal {
  constructor(
    readonly kind: 'break' | 'continue',
    public n: number,
  ) {}
}
