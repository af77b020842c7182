package com.chaindesk.assist.chat;

/** How one exchange with the bot ended. */
public enum Outcome {
	/** An article answered the question; the person may still say it did not help. */
	ANSWERED,
	/** Two articles tied; the bot asked which one was meant. */
	CLARIFYING,
	/** The bot showed one step of a troubleshooting guide and waits for "did this fix it?". */
	GUIDE_STEP,
	/** The person said the problem is fixed. */
	SOLVED,
	/** The bot passed the conversation on to a person: asked for, guide exhausted or the answer did not help. */
	HANDED_OFF,
	/** Nothing the store sees answered the question well enough; handed off as a knowledge gap. */
	NO_ANSWER;

	/** Whether this outcome settles the conversation one way or the other (the report counts those). */
	public boolean decisive() {
		return this == ANSWERED || this == SOLVED || this == HANDED_OFF || this == NO_ANSWER;
	}

	/** Whether the bot, not a person, closed the matter. */
	public boolean byTheBot() {
		return this == ANSWERED || this == SOLVED;
	}
}
