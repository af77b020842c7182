package com.chaindesk.ticket;

import java.io.IOException;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import com.zaxxer.hikari.HikariDataSource;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Test-only: counts the SQL statements a request prepares. A request carrying {@code X-Count-Statements: <key>} has
 * every statement its thread prepares (after security, so sign-in and session look-ups are left out) counted under
 * that key. Connections are wrapped only to count; everything else goes straight to the pool's connection.
 */
@Component
class StatementCounter extends OncePerRequestFilter implements BeanPostProcessor {

	static final String HEADER = "X-Count-Statements";

	private static final ThreadLocal<AtomicInteger> CURRENT = new ThreadLocal<>();
	private static final Map<String, Integer> COUNTS = new ConcurrentHashMap<>();

	static Integer count(String key) {
		return COUNTS.get(key);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String key = request.getHeader(HEADER);
		if (key == null) {
			chain.doFilter(request, response);
			return;
		}
		AtomicInteger counter = new AtomicInteger();
		CURRENT.set(counter);
		try {
			chain.doFilter(request, response);
		}
		finally {
			CURRENT.remove();
			COUNTS.put(key, counter.get());
		}
	}

	/**
	 * Puts a counting front on the application's pool. The front is a HikariDataSource too (other tests read its JDBC
	 * URL) but never starts a pool of its own: it lends the original pool's connections.
	 */
	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof HikariDataSource pool && !(bean instanceof Counting)) {
			return new Counting(pool);
		}
		return bean;
	}

	/** The application's pool, handing out connections that count what they prepare. */
	static final class Counting extends HikariDataSource {
		private final HikariDataSource pool;

		Counting(HikariDataSource pool) {
			this.pool = pool;
			pool.copyStateTo(this);
		}

		@Override
		public Connection getConnection() throws java.sql.SQLException {
			return counting(pool.getConnection());
		}

		@Override
		public Connection getConnection(String username, String password) throws java.sql.SQLException {
			return counting(pool.getConnection(username, password));
		}

		@Override
		public <T> T unwrap(Class<T> type) throws java.sql.SQLException {
			return pool.unwrap(type);
		}

		@Override
		public boolean isWrapperFor(Class<?> type) throws java.sql.SQLException {
			return pool.isWrapperFor(type);
		}

		@Override
		public boolean isRunning() {
			return pool.isRunning();
		}

		@Override
		public boolean isClosed() {
			return pool.isClosed();
		}

		@Override
		public void close() {
			pool.close();
		}

		private static Connection counting(Connection connection) {
			InvocationHandler handler = (proxy, method, args) -> {
				AtomicInteger counter = CURRENT.get();
				if (counter != null && (method.getName().equals("prepareStatement") || method.getName().equals("prepareCall")
						|| method.getName().equals("createStatement"))) {
					counter.incrementAndGet();
				}
				try {
					return method.invoke(connection, args);
				}
				catch (InvocationTargetException e) {
					throw e.getCause();
				}
			};
			return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] { Connection.class }, handler);
		}
	}
}
