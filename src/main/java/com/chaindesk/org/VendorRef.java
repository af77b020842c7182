package com.chaindesk.org;

/** A vendor as other modules name it: its code and company name (one name in every language). */
public record VendorRef(long id, String code, String company) {
}
