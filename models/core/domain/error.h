#pragma once

#include <QString>
#include <optional>
#include <utility>
#include <variant>

namespace ft {

// One error style for every failure below the views: a message a person can act on,
// naming the place (file, line, field) where there is one. Never a dialog, never an exception.
struct Error
{
    // Unacknowledged: the action only warns (advisory checklist items); repeating it with the warning
    // acknowledged goes ahead.
    enum class Code { Failed, Refused, NotFound, Conflict, BadInput, Cancelled, Unacknowledged };
    Code code = Code::Failed;
    QString message;

    static Error failed(QString m) { return {Code::Failed, std::move(m)}; }
    static Error refused(QString m) { return {Code::Refused, std::move(m)}; }
    static Error notFound(QString m) { return {Code::NotFound, std::move(m)}; }
    static Error conflict(QString m) { return {Code::Conflict, std::move(m)}; }
    static Error badInput(QString m) { return {Code::BadInput, std::move(m)}; }
    static Error cancelled(QString m) { return {Code::Cancelled, std::move(m)}; }
    static Error unacknowledged(QString m) { return {Code::Unacknowledged, std::move(m)}; }
};

// A value or an Error (std::expected arrives only in C++23).
template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_v(std::move(value)) {}
    Result(Error error) : m_v(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_v); }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return std::get<T>(m_v); }
    T &value() & { return std::get<T>(m_v); }
    T &&value() && { return std::get<T>(std::move(m_v)); }
    const T &operator*() const & { return value(); }
    const T *operator->() const { return &value(); }
    const Error &error() const { return std::get<Error>(m_v); }

private:
    std::variant<T, Error> m_v;
};

// Success carries nothing.
template<>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)) {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};


} // namespace ft
