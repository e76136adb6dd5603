# Copyright (c) 2019, Brightpath
# All rights reserved.
#
# Use of this source code is governed by a BSD-style license that can be
# found in the LICENSE file.

from django.db import models


class StockItem(models.Model):
    sku = models.CharField(max_length=120)
    bin_location = models.CharField(max_length=120)
    on_hand = models.IntegerField(default=0)
    reorder_level = models.IntegerField(default=0)

    class Meta:
        ordering = ['-id']

    def __str__(self):
        return 'StockItem #%s' % self.pk
