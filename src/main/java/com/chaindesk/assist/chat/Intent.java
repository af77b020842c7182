package com.chaindesk.assist.chat;

/** What a short reply means to the bot, read by {@link ReplyReading}. */
enum Intent {
	YES, NO, FIRST, SECOND, PERSON, OTHER
}
