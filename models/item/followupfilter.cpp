#include "followupfilter.h"

namespace ft {

bool FollowUpFilter::isEmpty() const
{
    return text.trimmed().isEmpty() && !status && !openOnly && owner.isEmpty() && !kind && !priority && !dueBy;
}

} // namespace ft
