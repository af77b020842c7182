package com.chaindesk.assist.report;

/**
 * How the chatbot did for one region or store (or all of them), by conversation and the last decisive thing that
 * happened in it.
 *
 * @param solved the person said the problem was fixed
 * @param answered answered, and neither a hand-off nor a "did not help" followed
 * @param notHelped answered, then the person said it did not help (and asked no further)
 * @param handedOff passed to a person: asked for, guide exhausted, or the answer did not help
 * @param noAnswer nothing the store sees answered well enough
 * @param unfinished left during a clarifying question or a guide, nothing decided
 */
public record ServiceRow(long id, String name, long conversations, long solved, long answered, long notHelped,
		long handedOff, long noAnswer, long unfinished) {

	/** Solved by the bot: confirmed fixed, or answered without a hand-off or complaint. */
	public long solvedByBot() {
		return solved + answered;
	}

	/** The share of conversations the bot solved, 0..1; 0 without conversations. */
	public double solvedShare() {
		return conversations == 0 ? 0 : (double) solvedByBot() / conversations;
	}

	ServiceRow plus(ServiceRow other) {
		return new ServiceRow(id, name, conversations + other.conversations, solved + other.solved,
				answered + other.answered, notHelped + other.notHelped, handedOff + other.handedOff,
				noAnswer + other.noAnswer, unfinished + other.unfinished);
	}
}
