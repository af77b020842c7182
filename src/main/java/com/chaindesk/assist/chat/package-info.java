/**
 * The chatbot: store people ask in their own words, the bot answers from the best article its store sees, walks a
 * troubleshooting guide one step at a time, asks which of two articles is meant when they tie, and hands off to a
 * ticket prefilled from the conversation when it is not sure enough or the person asks for one. Every exchange is
 * kept with its question, answer, confidence and outcome.
 */
package com.chaindesk.assist.chat;
