package com.chaindesk.demo;

/**
 * One part of the demo chain, loaded through a module's own services. Steps run in {@link #order()} inside one
 * transaction: the demo loads whole or not at all.
 */
interface DemoStep {

	/** Lower runs first: the organisation (10) before accounts (20) before settings (30). */
	int order();

	void load();
}
