#ifndef ZOOM_ETL_CLIBPQ_SHIM_H
#define ZOOM_ETL_CLIBPQ_SHIM_H

// libpq is plain C with no variadics on the paths we use: no shims needed.
#include <libpq-fe.h>

#endif
