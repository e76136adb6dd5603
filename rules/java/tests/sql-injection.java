package com.example.orders;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collections;
import java.util.List;
import javax.persistence.EntityManager;
import javax.servlet.http.HttpServletRequest;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class OrderController {

    private static final String ORDER_COLUMNS = "id, customer, total, status";
    private static final String BASE_QUERY = "SELECT " + ORDER_COLUMNS + " FROM orders";

    private final Connection connection;
    private final JdbcTemplate jdbcTemplate;
    private final EntityManager entityManager;

    public OrderController(Connection connection, JdbcTemplate jdbcTemplate, EntityManager entityManager) {
        this.connection = connection;
        this.jdbcTemplate = jdbcTemplate;
        this.entityManager = entityManager;
    }

    @GetMapping("/orders/search")
    public List<Order> search(@RequestParam String customer) throws SQLException {
        Statement stmt = connection.createStatement();
        String sql = "SELECT * FROM orders WHERE customer = '" + customer + "'";
        // expect: CWE-89
        ResultSet rs = stmt.executeQuery(sql);
        return OrderMapper.map(rs);
    }

    public List<Order> searchSafe(String customer) throws SQLException {
        // ok: CWE-89
        PreparedStatement ps = connection.prepareStatement("SELECT * FROM orders WHERE customer = ?");
        ps.setString(1, customer);
        // ok: CWE-89
        return OrderMapper.map(ps.executeQuery());
    }

    public int cancel(HttpServletRequest request) throws SQLException {
        try (Statement st = connection.createStatement()) {
            // expect: CWE-89
            return st.executeUpdate("UPDATE orders SET status = 'CANCELLED' WHERE id = " + request.getParameter("id"));
        }
    }

    public void archive(long cutoffDays) throws SQLException {
        Statement st = connection.createStatement();
        // expect: CWE-89
        st.execute(String.format("DELETE FROM orders WHERE created < now() - interval '%d days'", cutoffDays));
    }

    public void purgeOld() throws SQLException {
        Statement st = connection.createStatement();
        // ok: CWE-89
        st.execute("DELETE FROM orders WHERE created < now() - interval '365 days'");
    }

    public List<Order> all() throws SQLException {
        Statement st = connection.createStatement();
        // ok: CWE-89
        return OrderMapper.map(st.executeQuery(BASE_QUERY + " ORDER BY id"));
    }

    public PreparedStatement byStatus(String status, String sortColumn) throws SQLException {
        // expect: CWE-89
        return connection.prepareStatement("SELECT * FROM orders WHERE status = ? ORDER BY " + sortColumn);
    }

    public void bulkTag(List<String> ids, String tag) throws SQLException {
        Statement st = connection.createStatement();
        for (String id : ids) {
            // expect: CWE-89
            st.addBatch("UPDATE orders SET tag = '" + tag + "' WHERE id = " + id);
        }
        st.executeBatch();
    }

    public List<Order> byIds(List<Long> ids) throws SQLException {
        String placeholders = String.join(",", Collections.nCopies(ids.size(), "?"));
        // ok: CWE-89
        PreparedStatement ps = connection.prepareStatement("SELECT * FROM orders WHERE id IN (" + placeholders + ")");
        for (int i = 0; i < ids.size(); i++) {
            ps.setLong(i + 1, ids.get(i));
        }
        return OrderMapper.map(ps.executeQuery());
    }

    public List<Order> report(String region, String from) throws SQLException {
        StringBuilder query = new StringBuilder("SELECT * FROM orders WHERE 1=1");
        query.append(" AND region = '").append(region).append("'");
        query.append(" AND created >= '").append(from).append("'");
        Statement st = connection.createStatement();
        // expect: CWE-89
        return OrderMapper.map(st.executeQuery(query.toString()));
    }

    public List<Order> reportSafe(boolean onlyOpen) throws SQLException {
        StringBuilder query = new StringBuilder("SELECT * FROM orders WHERE 1=1");
        if (onlyOpen) {
            query.append(" AND status = 'OPEN'");
        }
        query.append(" AND region = ?");
        PreparedStatement ps = connection.prepareStatement(query.toString());
        ps.setString(1, "EU");
        // ok: CWE-89
        return OrderMapper.map(ps.executeQuery());
    }

    // ---- JPA / Hibernate ----

    public List<Order> jpqlByCustomer(String customer) {
        // expect: CWE-89
        return entityManager.createQuery("SELECT o FROM Order o WHERE o.customer = '" + customer + "'", Order.class)
                .getResultList();
    }

    public List<Order> jpqlByCustomerSafe(String customer) {
        // ok: CWE-89
        return entityManager.createQuery("SELECT o FROM Order o WHERE o.customer = :c", Order.class)
                .setParameter("c", customer)
                .getResultList();
    }

    public Object totalFor(String table) {
        String sql = "SELECT SUM(total) FROM " + table;
        // expect: CWE-89
        return entityManager.createNativeQuery(sql).getSingleResult();
    }

    public Object totalForSafe(long customerId) {
        // ok: CWE-89
        return entityManager.createNativeQuery("SELECT SUM(total) FROM orders WHERE customer_id = ?1")
                .setParameter(1, customerId)
                .getSingleResult();
    }

    // ---- Spring JdbcTemplate ----

    @GetMapping("/orders/by-status")
    public List<Order> byStatusTemplate(@RequestParam("status") String status) {
        // expect: CWE-89
        return jdbcTemplate.query("SELECT * FROM orders WHERE status = '" + status + "'", new OrderRowMapper());
    }

    public List<Order> byStatusTemplateSafe(String status) {
        // ok: CWE-89
        return jdbcTemplate.query("SELECT * FROM orders WHERE status = ?", new OrderRowMapper(), status);
    }

    public int renameCustomer(String oldName, String newName) {
        String sql = "UPDATE orders SET customer = '" + newName + "' WHERE customer = '" + oldName + "'";
        // expect: CWE-89
        return jdbcTemplate.update(sql);
    }

    public int renameCustomerSafe(String oldName, String newName) {
        // ok: CWE-89
        return jdbcTemplate.update("UPDATE orders SET customer = ? WHERE customer = ?", newName, oldName);
    }

    public Integer countFor(String customer) {
        // expect: CWE-89
        return jdbcTemplate.queryForObject("SELECT COUNT(*) FROM orders WHERE customer = '%s'".formatted(customer), Integer.class);
    }

    public void runMigration(String migrationSql) {
        // ok: CWE-89
        jdbcTemplate.execute(migrationSql);
    }

    public void refreshCache(CacheService cache, String key) {
        // ok: CWE-89
        cache.update(key + ":orders", Collections.emptyList());
    }
}

interface OrderMapperDao {
    // expect: CWE-89
    @Select("SELECT * FROM orders WHERE customer = '${customer}'")
    List<Order> findByCustomer(@Param("customer") String customer);

    // ok: CWE-89
    @Select("SELECT * FROM orders WHERE customer = #{customer}")
    List<Order> findByCustomerSafe(@Param("customer") String customer);
}

class LegacyReports {
    /**
     * Old implementation, kept for reference:
     * <pre>
     * String q = "SELECT * FROM invoices WHERE owner = '" + owner + "'";
     * // expect-comment: CWE-89
     * rs = stmt.executeQuery(q);
     * </pre>
     */
    void placeholder() {
    }
}
