from django.db import models


class Expense(models.Model):
    category = models.CharField(max_length=120)
    amount = models.FloatField(default=0.0)
    spent_on = models.DateField(blank=True, null=True)
    reimbursed = models.BooleanField(default=False)

    class Meta:
        ordering = ['-id']

    def __str__(self):
        return 'Expense #%s' % self.pk
