package com.chaindesk.assist.photo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Temporary folders for one reading, removed afterwards whatever happened. */
final class Workspace {

	private Workspace() {
	}

	static void delete(Path dir) {
		if (dir == null) {
			return;
		}
		try (Stream<Path> paths = Files.walk(dir)) {
			paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
		}
		catch (IOException e) {
			// Left for the OS to clean the temp folder.
		}
	}
}
