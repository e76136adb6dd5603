using System.Collections.Generic;
using System.Data;
using System.Data.SqlClient;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using Dapper;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Shop.Api.Controllers
{
    [ApiController]
    [Route("api/[controller]")]
    public class ProductsController : ControllerBase
    {
        private const string ProductColumns = "Id, Name, Price, Category";
        private readonly string _connectionString;
        private readonly ShopContext _db;

        public ProductsController(string connectionString, ShopContext db)
        {
            _connectionString = connectionString;
            _db = db;
        }

        [HttpGet("search")]
        public IActionResult Search([FromQuery] string name)
        {
            using var conn = new SqlConnection(_connectionString);
            conn.Open();
            // expect: CWE-89
            using var cmd = new SqlCommand("SELECT * FROM Products WHERE Name = '" + name + "'", conn);
            using var reader = cmd.ExecuteReader();
            return Ok(ProductReader.ReadAll(reader));
        }

        [HttpGet("search-safe")]
        public IActionResult SearchSafe([FromQuery] string name)
        {
            using var conn = new SqlConnection(_connectionString);
            conn.Open();
            // ok: CWE-89
            using var cmd = new SqlCommand("SELECT * FROM Products WHERE Name = @name", conn);
            cmd.Parameters.AddWithValue("@name", name);
            // ok: CWE-89
            using var reader = cmd.ExecuteReader();
            return Ok(ProductReader.ReadAll(reader));
        }

        public int DeleteCategory(string category)
        {
            using var conn = new SqlConnection(_connectionString);
            conn.Open();
            var cmd = conn.CreateCommand();
            // expect: CWE-89
            cmd.CommandText = $"DELETE FROM Products WHERE Category = '{category}'";
            return cmd.ExecuteNonQuery();
        }

        public int DeleteCategorySafe(string category)
        {
            using var conn = new SqlConnection(_connectionString);
            conn.Open();
            var cmd = conn.CreateCommand();
            // ok: CWE-89
            cmd.CommandText = "DELETE FROM Products WHERE Category = @category";
            cmd.Parameters.Add(new SqlParameter("@category", SqlDbType.NVarChar) { Value = category });
            return cmd.ExecuteNonQuery();
        }

        public DataTable Report(string orderBy)
        {
            var sql = "SELECT " + ProductColumns + " FROM Products ORDER BY " + orderBy;
            // expect: CWE-89
            var adapter = new SqlDataAdapter(sql, _connectionString);
            var table = new DataTable();
            adapter.Fill(table);
            return table;
        }

        public DataTable AllProducts()
        {
            // ok: CWE-89
            var adapter = new SqlDataAdapter("SELECT " + ProductColumns + " FROM Products", _connectionString);
            var table = new DataTable();
            adapter.Fill(table);
            return table;
        }

        public List<Product> ByCategory(string category, decimal maxPrice)
        {
            var query = new StringBuilder("SELECT * FROM Products WHERE 1 = 1");
            query.Append($" AND Category = '{category}'");
            query.Append(" AND Price <= " + maxPrice);
            using var conn = new SqlConnection(_connectionString);
            // expect: CWE-89
            using var cmd = new SqlCommand(query.ToString(), conn);
            conn.Open();
            return ProductReader.ReadAll(cmd.ExecuteReader());
        }

        // ---- Entity Framework Core ----

        [HttpGet("by-name/{name}")]
        public List<Product> ByName([FromRoute] string name)
        {
            // expect: CWE-89
            return _db.Products.FromSqlRaw($"SELECT * FROM Products WHERE Name = '{name}'").ToList();
        }

        public List<Product> ByNameInterpolated(string name)
        {
            // ok: CWE-89
            return _db.Products.FromSqlInterpolated($"SELECT * FROM Products WHERE Name = {name}").ToList();
        }

        public List<Product> ByNameRawParameter(string name)
        {
            // ok: CWE-89
            return _db.Products.FromSqlRaw("SELECT * FROM Products WHERE Name = {0}", name).ToList();
        }

        public Task<int> Reprice(string category, decimal factor)
        {
            // expect: CWE-89
            return _db.Database.ExecuteSqlRawAsync("UPDATE Products SET Price = Price * " + factor + " WHERE Category = '" + category + "'");
        }

        public Task<int> RepriceSafe(string category, decimal factor)
        {
            // ok: CWE-89
            return _db.Database.ExecuteSqlAsync($"UPDATE Products SET Price = Price * {factor} WHERE Category = {category}");
        }

        public List<Product> Legacy(string where)
        {
            var sql = "SELECT * FROM Products WHERE " + where;
            // expect: CWE-89
            return _db.Products.FromSql(sql).ToList();
        }

        // ---- Dapper ----

        public async Task<IEnumerable<Product>> DapperSearch(string term)
        {
            using var connection = new SqlConnection(_connectionString);
            // expect: CWE-89
            return await connection.QueryAsync<Product>($"SELECT * FROM Products WHERE Name LIKE '%{term}%'");
        }

        public async Task<IEnumerable<Product>> DapperSearchSafe(string term)
        {
            using var connection = new SqlConnection(_connectionString);
            // ok: CWE-89
            return await connection.QueryAsync<Product>("SELECT * FROM Products WHERE Name LIKE @Term", new { Term = "%" + term + "%" });
        }

        public int DapperUpdate(IDbConnection db, int id, string status)
        {
            // expect: CWE-89
            return db.Execute("UPDATE Orders SET Status = '" + status + "' WHERE Id = " + id);
        }

        /// <summary>Empties a cart.</summary>
        /// <example>
        /// Do not build the statement by hand like the first version did:
        /// <code>
        /// // expect-comment: CWE-89
        /// var cmd = new SqlCommand("DELETE FROM CartItems WHERE CartId = " + cartId, conn);
        /// </code>
        /// </example>
        public int ClearCart(SqlConnection conn, int cartId)
        {
            // ok: CWE-89
            using var cmd = new SqlCommand("DELETE FROM CartItems WHERE CartId = @id", conn);
            cmd.Parameters.AddWithValue("@id", cartId);
            return cmd.ExecuteNonQuery();
        }

        public Task Publish(IMessageBus bus, string topic, string payload)
        {
            // ok: CWE-89
            return bus.ExecuteAsync(topic + ":" + payload);
        }
    }
}
