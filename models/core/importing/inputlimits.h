#pragma once

#include "domain/error.h"

#include <QString>
#include <memory>

class QTemporaryFile;

// Bounded input (SPEC §4): what an import may read, and how a file that is not a regular one is read.
// The record and field bounds and the control-character rule live in CsvReader (checkFields,
// checkHeader, defined in inputlimits.cpp).
namespace ft::importing {

// The most an import reads from one source: 2 GiB (a 5,000,000-event log is about 1 GiB).
constexpr qint64 maxInputBytes = qint64(2) << 30;

// The file to import, read once when it is not a regular file. A regular file is read where it is
// (the importer reads it twice: dates first, then rows). A pipe or FIFO (`import <(cat f.csv)`) is
// read once into a private temporary file, up to maxInputBytes; a device (/dev/zero, a terminal),
// a socket or a folder is refused. displayName() is what messages name: the path as given.
class InputSource
{
public:
    static Result<std::unique_ptr<InputSource>> open(const QString &path);
    ~InputSource();

    QString path() const { return m_path; }             // what the reader opens
    QString displayName() const { return m_given; }     // what the messages name
    // Messages from the reader name the path it opened: for a stream copy, name the source instead.
    QString named(const QString &message) const;

private:
    InputSource() = default;
    QString m_given;
    QString m_path;
    std::unique_ptr<QTemporaryFile> m_copy;
};

} // namespace ft::importing
