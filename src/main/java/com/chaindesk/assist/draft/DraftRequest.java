package com.chaindesk.assist.draft;

import com.chaindesk.assist.MediaUpload;

/** What a reporter handed in: any of text, a photo, a voice note; the store is theirs unless named. */
public record DraftRequest(String text, MediaUpload image, MediaUpload audio, Long store) {
}
