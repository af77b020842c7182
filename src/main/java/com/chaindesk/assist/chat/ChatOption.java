package com.chaindesk.assist.chat;

/** One article a clarifying question offers, numbered from 1 as the person sees it. */
public record ChatOption(int number, long articleId, String title) {
}
