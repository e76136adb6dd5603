# Labelled cases for rules/ruby/sql-injection.yml

class UsersController < ApplicationController
  def search
    # expect: CWE-89
    @users = User.where("name LIKE '%#{params[:q]}%'")
    # ok: CWE-89
    @safe = User.where("name LIKE ?", "%#{User.sanitize_sql_like(params[:q])}%")
    # ok: CWE-89
    @by_name = User.where(name: params[:name])
  end

  def sorted
    column = params[:sort]
    # expect: CWE-89
    @users = User.order("#{column} DESC")
    # ok: CWE-89
    @users2 = User.order(created_at: :desc)
  end

  def show
    # expect: CWE-89
    @user = User.find_by_sql("SELECT * FROM users WHERE id = '#{params[:id]}'")
    # ok: CWE-89
    @user2 = User.find_by_sql(["SELECT * FROM users WHERE id = ?", params[:id]])
    # ok: CWE-89
    @user3 = User.where("id = #{params[:id].to_i}")
  end

  def emails
    # expect: CWE-89
    @emails = User.pluck("email, #{params[:extra]}")
    # ok: CWE-89
    @emails2 = User.pluck(:email)
  end
end

class Report < ApplicationRecord
  def self.totals(region)
    # expect: CWE-89
    select("region, SUM(amount) AS total").group("region").having("region = '" + region + "'")
  end

  def self.recent(days)
    # ok: CWE-89
    where("created_at > ?", days.days.ago)
  end

  def self.exists_for?(code)
    # expect: CWE-89
    exists?("code = '#{code}'")
  end

  def self.with_table
    # ok: CWE-89
    joins("INNER JOIN #{quoted_table_name} r2 ON r2.parent_id = reports.id")
  end
end

def purge(days)
  sql = "DELETE FROM audit_logs WHERE created_at < NOW() - INTERVAL '#{days} days'"
  # expect: CWE-89
  ActiveRecord::Base.connection.execute(sql)
end

def purge_bound(days)
  # ok: CWE-89
  ActiveRecord::Base.connection.exec_query("DELETE FROM audit_logs WHERE created_at < NOW() - $1::interval", "SQL", ["#{days} days"])
end

def run_query(sql)
  # ok: CWE-89
  ActiveRecord::Base.connection.select_all(sql)
end

def pg_lookup(conn, email)
  # expect: CWE-89
  conn.exec("SELECT * FROM accounts WHERE email = '#{email}'")
  # ok: CWE-89
  conn.exec_params("SELECT * FROM accounts WHERE email = $1", [email])
end

def mysql_lookup(client, name)
  # expect: CWE-89
  client.query("SELECT * FROM products WHERE name = '" + name + "'")
end

def sequel_lookup(name)
  # expect: CWE-89
  DB["SELECT * FROM items WHERE name = '#{name}'"].all
  # ok: CWE-89
  DB[:items].where(name: name).all
end

def arel_order(dir)
  # expect: CWE-89
  Post.order(Arel.sql("published_at #{dir}"))
end

def sqlite_insert(db, k, v)
  # expect: CWE-89
  db.execute("INSERT INTO kv VALUES ('#{k}', '#{v}')")
  # ok: CWE-89
  db.execute("INSERT INTO kv VALUES (?, ?)", [k, v])
end

def list_select(items, kind)
  # ok: CWE-89
  items.select { |i| i.kind == kind }
end

def monthly_totals(conn, year)
  sql = <<~SQL
    SELECT month, SUM(total) FROM sales
    WHERE year = #{year}
    GROUP BY month
  SQL
  # expect: CWE-89
  conn.execute(sql)
end

def monthly_totals_bound(year)
  sql = <<~SQL
    SELECT month, SUM(total) FROM sales WHERE year = ? GROUP BY month
  SQL
  # ok: CWE-89
  Sale.find_by_sql([sql, year])
end

def purge_user(name)
  # expect: CWE-89
  ActiveRecord::Base.connection.execute(<<~SQL)
    DELETE FROM sessions WHERE user_name = '#{name}'
  SQL
end

def purge_all
  # ok: CWE-89
  ActiveRecord::Base.connection.execute(<<~SQL.squish)
    DELETE FROM sessions WHERE updated_at < NOW() - INTERVAL '30 days'
  SQL
end
