package com.chaindesk.assist;

/** Reads a photo; throws {@link MediaRejected} when it is not an image. Engine trouble becomes a warning. */
public interface PhotoReader {

    PhotoReading read(MediaUpload image);
}
