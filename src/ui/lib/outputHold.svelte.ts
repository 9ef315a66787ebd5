// While a network view plays the packet walk of the command just run, following it as it
// goes, the terminal holds back what that command printed: the learner watches the request
// travel and the reply come back before the answer appears — as curl itself prints only once
// the reply has arrived. The walk player (in the lazily loaded panes) says which command to
// hold; the terminal (in the first chunk) reads it here, so neither imports the other.

class OutputHold {
  /** The terminal entry (command index) whose output waits, if any. */
  command = $state<number | undefined>(undefined);
}

export const outputHold = new OutputHold();
