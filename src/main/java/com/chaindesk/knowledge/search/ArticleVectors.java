package com.chaindesk.knowledge.search;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The stored embeddings of published article versions (knowledge.article_vector), one per version and model. */
@Repository
class ArticleVectors {

	private final JdbcClient jdbc;

	ArticleVectors(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<float[]> find(long articleId, int version) {
		return jdbc.sql("select vector from knowledge.article_vector where article_id = ? and version = ? and model = ?")
				.params(articleId, version, ArticleEmbeddings.MODEL).query((rs, n) -> decode(rs.getBytes(1))).optional();
	}

	/** The vectors of many article versions in one statement, keyed by article id (versions that have none left out). */
	Map<Long, float[]> find(Map<Long, Integer> versions) {
		Map<Long, float[]> out = new HashMap<>();
		if (versions.isEmpty()) {
			return out;
		}
		jdbc.sql("""
				select v.article_id, v.vector from knowledge.article_vector v
				join unnest(?::bigint[], ?::integer[]) as wanted(article_id, version)
				  on v.article_id = wanted.article_id and v.version = wanted.version
				where v.model = ?""")
				.params(versions.keySet().toArray(Long[]::new), versions.values().toArray(Integer[]::new),
						ArticleEmbeddings.MODEL)
				.query((rs, n) -> out.put(rs.getLong(1), decode(rs.getBytes(2)))).list();
		return out;
	}

	/** Keeps a version's vector; when another instance stored it first, theirs stays (they are the same). */
	void save(long articleId, int version, float[] vector) {
		jdbc.sql("""
				insert into knowledge.article_vector (article_id, version, model, dimensions, vector) values (?, ?, ?, ?, ?)
				on conflict do nothing""")
				.params(articleId, version, ArticleEmbeddings.MODEL, vector.length, encode(vector)).update();
	}

	static byte[] encode(float[] vector) {
		ByteBuffer bytes = ByteBuffer.allocate(vector.length * 4).order(ByteOrder.LITTLE_ENDIAN);
		bytes.asFloatBuffer().put(vector);
		return bytes.array();
	}

	static float[] decode(byte[] bytes) {
		float[] vector = new float[bytes.length / 4];
		ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(vector);
		return vector;
	}

}
