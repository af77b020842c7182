/**
 * The self-service report: how much of what stores asked the chatbot it solved, the questions it could not answer
 * (knowledge gaps), and how helpful articles were, by region or store, within the reader's part of the chain.
 */
package com.chaindesk.assist.report;
