// SPDX-License-Identifier: MIT
#include "logging_p.h"

Q_LOGGING_CATEGORY(COMFYSCOPE_WS, "comfyscope.client.ws", QtWarningMsg)
Q_LOGGING_CATEGORY(COMFYSCOPE_REST, "comfyscope.client.rest", QtWarningMsg)
