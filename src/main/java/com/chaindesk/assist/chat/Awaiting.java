package com.chaindesk.assist.chat;

/** What the bot expects from the person's next message. Anything else is read as a new question. */
enum Awaiting {
	/** A question. */
	QUESTION,
	/** A pick between the two options of a clarifying question: 1/2 or words of a title. */
	PICK,
	/** Yes or no to "did this step fix it?". */
	STEP,
	/** Optionally, whether the answer helped. */
	VERDICT
}
