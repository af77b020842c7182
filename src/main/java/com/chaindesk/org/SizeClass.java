package com.chaindesk.org;

/** How big a store is, roughly by floor space and staff: S (kiosk, street shop) to XL (flagship in a mall). */
public enum SizeClass {
	S, M, L, XL
}
