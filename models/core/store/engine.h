#pragma once

// Inside the storage seam only: the two engines a store lives on (SPEC §4 and §6), the SQLite file
// by default or a PostgreSQL server for a team. Where their SQL differs, the store's queries ask.
namespace ft {

enum class Engine { SQLite, PostgreSQL };

} // namespace ft
