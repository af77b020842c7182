package com.chaindesk.org;

/** The service desk's tiers: L1 answers first, L2 solves technical problems, L3 experts take what L2 cannot. */
public enum Tier {
	L1, L2, L3
}
