package com.chaindesk.ticket;

/** How one ticket relates to another. */
public enum LinkKind {
	DUPLICATE_OF, CAUSED_BY, CHILD_OF
}
